# collab — the two commands that do everything on a fresh Debian machine:
#   make demo   install libgit2-dev if missing, build, and run collab on a fresh workspace
#   make test   install what is missing and run the whole test suite (and each fuzz target briefly)

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release demo test fuzz embed bench clean

deps:
	@pkg-config --exists libgit2 2>/dev/null || { \
		echo "installing libgit2-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libgit2-dev pkg-config >/dev/null; }
	@git --version >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq git >/dev/null; }
	@command -v zsh >/dev/null && command -v fish >/dev/null || { \
		echo "installing zsh and fish (the completion tests load collab's scripts in them)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq zsh fish >/dev/null; }
	@command -v curl >/dev/null || { \
		echo "installing curl (the reminder test posts with it, as the README's scheduled job does)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq curl >/dev/null; }
	@python3 -c 'import yaml, jsonschema, check_jsonschema' 2>/dev/null || python3 -m pip install -q PyYAML jsonschema check-jsonschema

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

demo: build
	@scripts/demo

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	scripts/fuzz --smoke

# Fuzz every target for SECONDS each (scripts/fuzz; see Tests/Fuzz).
fuzz:
	scripts/fuzz $(SECONDS)

embed:
	scripts/embed-template

bench: release
	scripts/bench

clean:
	rm -rf .build
