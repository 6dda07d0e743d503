// swift-tools-version:6.0
import PackageDescription

// Targets point inward to MusterCore (see DEVELOPERS.md and docs/architecture.md).
let package = Package(
    name: "Muster",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "muster", targets: ["muster"]),
        .library(name: "MusterCore", targets: ["MusterCore"]),
        .library(name: "MusterIngest", targets: ["MusterIngest"]),
        .library(name: "MusterStore", targets: ["MusterStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "MusterCore"),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "MusterIngest",
            dependencies: [
                "MusterCore", "CLibXML2", "CZlib",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "MusterStore",
            dependencies: [
                "MusterCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/eurofxref-hist.csv")]
        ),
        .executableTarget(
            name: "muster",
            dependencies: [
                "MusterCore", "MusterIngest", "MusterStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Sample briefs for `muster demo`, written by the project (never copied articles).
            resources: [.copy("Resources/Samples")]
        ),
        .testTarget(name: "MusterCoreTests", dependencies: ["MusterCore"]),
        .testTarget(name: "MusterIngestTests", dependencies: ["MusterIngest"]),
        .testTarget(name: "MusterStoreTests", dependencies: ["MusterStore", "MusterCore"]),
        // Runs the built `muster` executable as a user would (exit codes, stdout/stderr).
        .testTarget(name: "MusterCLITests", dependencies: ["muster"]),
    ],
    swiftLanguageModes: [.v6]
)
