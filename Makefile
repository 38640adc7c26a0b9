# collab — the two commands that do everything on a fresh Debian machine:
#   make demo   install libgit2-dev if missing, build, and run collab on a fresh workspace
#   make test   install what is missing and run the whole test suite (and each fuzz target briefly)
# and to install it:
#   make install [PREFIX=/usr/local] [DESTDIR=…]   the release binary, collab(1) in English and
#                                                   Chinese, and the bash, zsh and fish completions
#   make uninstall [PREFIX=/usr/local] [DESTDIR=…]
#   make deb    dist/collab_VERSION_ARCH.deb, checked by lintian (scripts/deb)

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASHDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHDIR ?= $(PREFIX)/share/zsh/site-functions
FISHDIR ?= $(PREFIX)/share/fish/vendor_completions.d
RELEASE := .build/release/collab
# What make install writes, below $(DESTDIR).
INSTALLED := $(BINDIR)/collab $(MANDIR)/man1/collab.1 $(MANDIR)/zh_CN/man1/collab.1 \
	$(BASHDIR)/collab $(ZSHDIR)/_collab $(FISHDIR)/collab.fish

.PHONY: deps test-deps build release demo test test-quick fuzz embed bench clean install uninstall deb package-check

deps:
	@pkg-config --exists libgit2 2>/dev/null || { \
		echo "installing libgit2-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libgit2-dev pkg-config >/dev/null; }

# What the tests use as witnesses: git, the shells of the completions, curl, groff and man,
# PyYAML, the JSON Schema validators and pre-commit.
test-deps:
	@git --version >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq git >/dev/null; }
	@command -v zsh >/dev/null && command -v fish >/dev/null || { \
		echo "installing zsh and fish (the completion tests load collab's scripts in them)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq zsh fish >/dev/null; }
	@command -v curl >/dev/null || { \
		echo "installing curl (the reminder test posts with it, as the README's scheduled job does)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq curl >/dev/null; }
	@command -v groff >/dev/null && command -v man >/dev/null || { \
		echo "installing groff and man-db (the manual page is rendered in the tests)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq groff-base man-db >/dev/null; }
	@python3 -c 'import yaml, jsonschema, check_jsonschema, pre_commit' 2>/dev/null || \
		python3 -m pip install -q PyYAML jsonschema check-jsonschema pre-commit

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The manual page and the completions come from the binary itself (collab help --man,
# collab completions SHELL), so they always describe the binary installed beside them.
install: release
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MANDIR)/man1" "$(DESTDIR)$(MANDIR)/zh_CN/man1" \
		"$(DESTDIR)$(BASHDIR)" "$(DESTDIR)$(ZSHDIR)" "$(DESTDIR)$(FISHDIR)"
	install -m 755 $(RELEASE) "$(DESTDIR)$(BINDIR)/collab"
	$(RELEASE) help --man --lang en > "$(DESTDIR)$(MANDIR)/man1/collab.1"
	$(RELEASE) help --man --lang zh > "$(DESTDIR)$(MANDIR)/zh_CN/man1/collab.1"
	$(RELEASE) completions bash > "$(DESTDIR)$(BASHDIR)/collab"
	$(RELEASE) completions zsh > "$(DESTDIR)$(ZSHDIR)/_collab"
	$(RELEASE) completions fish > "$(DESTDIR)$(FISHDIR)/collab.fish"
	chmod 644 $(foreach file,$(filter-out $(BINDIR)/collab,$(INSTALLED)),"$(DESTDIR)$(file)")

uninstall:
	rm -f $(foreach file,$(INSTALLED),"$(DESTDIR)$(file)")

# A Debian package built with dpkg-deb, its dependencies from dpkg-shlibdeps; lintian checks it.
deb: release
	scripts/deb

# Builds the package, then installs and runs it on a fresh Debian 12 root made by debootstrap.
package-check:
	scripts/package-check

demo: build
	@scripts/demo

test: deps test-deps
	scripts/layers
	$(SWIFT) build --build-tests
	$(SWIFT) test
	scripts/fuzz --smoke
	@if command -v debootstrap >/dev/null && [ "$$(id -u)" = 0 ]; then scripts/package-check; \
	else echo "make test: scripts/package-check skipped (it needs debootstrap and root)"; fi

# The loop to iterate in: the unit tests and the end-to-end tests but for the long runs —
# kill, full-disk and swap-race tests, generated histories and documents, the witnesses
# that start other programs (pre-commit, the GitHub Action, groff, shells, robots). make test
# runs everything.
QUICK_SKIP := CrashSafety|FullDisk|SwapRace|ConcurrentWriters|MergeHistoryProperty|RecordMergeProperty|PyYAMLDifferential|YAMLReadersAgree|Robustness|PreCommitFramework|GitHubAction|CIRecipes|ManPage|Completions|RemindDelivery

test-quick: deps
	scripts/layers
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip '$(QUICK_SKIP)'

# Fuzz every target for SECONDS each (scripts/fuzz; see Tests/Fuzz).
fuzz:
	scripts/fuzz $(SECONDS)

embed:
	scripts/embed-template

bench: release
	scripts/bench

clean:
	rm -rf .build
