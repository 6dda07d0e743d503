import Foundation

/// Locates `../shared` (the corpus, benchmark and scorers every developer and CI have beside
/// the repository). Tests read it in place: its text is other people's and never copied here.
enum SharedData {
    static let repositoryRoot: URL = {
        // Tests/<Target>/<File>.swift → repository root
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }()

    static let root: URL = {
        if let override = ProcessInfo.processInfo.environment["MUSTER_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static var isPresent: Bool { FileManager.default.fileExists(atPath: url("README.md").path) }
}
