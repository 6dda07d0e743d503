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
        .library(name: "MusterStore", targets: ["MusterStore"]),
        .library(name: "MusterServer", targets: ["MusterServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
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
        .target(
            name: "MusterStore",
            dependencies: [
                "MusterCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/eurofxref-hist.csv")]
        ),
        // The web app and JSON API over a ledger (`muster serve`, `muster demo`).
        .target(
            name: "MusterServer",
            dependencies: [
                "MusterCore", "MusterStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("Resources/Web")]
        ),
        .executableTarget(
            name: "muster",
            dependencies: [
                "MusterCore", "MusterIngest", "MusterExtract", "MusterStore", "MusterServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Sample briefs for `muster demo`, written by the project (never copied articles).
            resources: [.copy("Resources/Samples")]
        ),
        .testTarget(name: "MusterCoreTests", dependencies: ["MusterCore"]),
        .testTarget(name: "MusterIngestTests", dependencies: ["MusterIngest"]),
        .testTarget(name: "MusterExtractTests", dependencies: ["MusterExtract"]),
        .testTarget(name: "MusterStoreTests", dependencies: ["MusterStore", "MusterCore"]),
        .testTarget(
            name: "MusterServerTests",
            dependencies: [
                "MusterServer", "MusterStore", "MusterCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Runs the built `muster` executable as a user would (exit codes, stdout/stderr).
        .testTarget(name: "MusterCLITests", dependencies: ["muster"]),
    ],
    swiftLanguageModes: [.v6]
)
