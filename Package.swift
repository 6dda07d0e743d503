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
        .library(name: "MusterExtract", targets: ["MusterExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
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
            name: "MusterExtract",
            dependencies: ["MusterCore"],
            resources: [.process("Resources")]
        ),
        .executableTarget(
            name: "muster",
            dependencies: [
                "MusterCore", "MusterIngest", "MusterExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "MusterCoreTests", dependencies: ["MusterCore"]),
        .testTarget(name: "MusterIngestTests", dependencies: ["MusterIngest"]),
        .testTarget(name: "MusterExtractTests", dependencies: ["MusterExtract"]),
    ],
    swiftLanguageModes: [.v6]
)
