// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "collab",
    products: [
        .executable(name: "collab", targets: ["collab"]),
        .library(name: "CollabKit", targets: ["CollabKit"]),
    ],
    targets: [
        // libgit2's headers (Debian's libgit2-dev, `make deps` installs it).
        .systemLibrary(name: "CGit2"),
        // Stands in for libgit2's network dependencies (SSH, Kerberos, the TLS trust store):
        // collab reads local repositories only. See no_network.c and no_trust_store.c.
        .target(name: "CGit2Offline"),
        // libgit2 is linked statically from Debian's libgit2-dev (libgit2.a), with the shared
        // libraries it still needs; with CGit2Offline a command loads 6 shared libraries instead
        // of 19, which saves about 2 ms at every start.
        .target(name: "CollabKit", dependencies: ["CGit2", "CGit2Offline"],
                linkerSettings: [":libgit2.a", "mbedtls", "mbedx509", "mbedcrypto", "http_parser", "pcre2-8", "z"]
                    .map { .linkedLibrary($0) }),
        // The command line: parsing, help, the manual, completions and every command (thin
        // adapters over CollabKit). A library, so that tests can read its command registry.
        .target(name: "CollabCommandLine", dependencies: ["CollabKit"]),
        // `main` only. The Swift runtime is linked in: a command starts in about half the time,
        // which is most of what a small `collab diff` or `collab log` costs.
        .executableTarget(name: "collab", dependencies: ["CollabCommandLine", "CollabKit"],
                          linkerSettings: [.unsafeFlags(["-static-stdlib"])]),
        // What both test targets share (a seeded random number generator).
        .target(name: "CollabTestSupport", path: "Tests/CollabTestSupport"),
        .testTarget(name: "CollabKitTests", dependencies: ["CollabKit", "CollabTestSupport"], exclude: ["Fixtures", "Support/pyyaml-load.py"]),
        // The end-to-end tests run the built binary; they also read the command registry
        // (`@testable import CollabCommandLine`) to run every command and check the manual.
        .testTarget(name: "CollabCLITests", dependencies: ["CollabCommandLine", "CollabKit", "CollabTestSupport"], exclude: ["Golden", "Support"]),
    ]
)
