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
        .executableTarget(name: "collab", dependencies: ["CollabKit"]),
        .testTarget(name: "CollabKitTests", dependencies: ["CollabKit"], exclude: ["Fixtures"]),
        .testTarget(name: "CollabCLITests", dependencies: ["CollabKit"], exclude: ["Golden"]),
    ]
)
