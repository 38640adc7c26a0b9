// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "collab",
    products: [
        .executable(name: "collab", targets: ["collab"]),
        .library(name: "CollabKit", targets: ["CollabKit"]),
    ],
    targets: [
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "CollabKit", dependencies: ["CGit2"]),
        // Replaces libgit2's certificate loading at link time; see no_trust_store.c.
        .target(name: "CollabStartup"),
        // The Swift runtime is linked in: a command starts in about half the time, which is
        // most of what a small `collab diff` or `collab log` costs.
        .executableTarget(name: "collab", dependencies: ["CollabKit", "CollabStartup"],
                          linkerSettings: [.unsafeFlags(["-static-stdlib"])]),
        .testTarget(name: "CollabKitTests", dependencies: ["CollabKit"], exclude: ["Fixtures", "Support/pyyaml-load.py"]),
        .testTarget(name: "CollabCLITests", dependencies: ["CollabKit"], exclude: ["Golden"]),
    ]
)
