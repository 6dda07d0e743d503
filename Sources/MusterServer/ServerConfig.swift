import Foundation

/// What `buildApplication` needs to serve a ledger.
public struct ServerConfig: Sendable {
    /// The ledger file (created, empty, when missing) or a postgres:// URL.
    public var databasePath: String
    public var host: String
    public var port: Int
    /// Request bodies larger than this are refused with 413 (forms are small).
    public var maxBodyBytes: Int
    /// Who a review from the web is attributed to when the form does not say.
    public var defaultReviewer: String
    /// Apply pending schema migrations on start; when false, refuse to start on an
    /// out-of-date schema.
    public var migrate: Bool

    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 64 * 1024,
                defaultReviewer: String = "web", migrate: Bool = true) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.defaultReviewer = defaultReviewer
        self.migrate = migrate
    }
}
