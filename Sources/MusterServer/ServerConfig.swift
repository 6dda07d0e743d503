import Foundation

/// What `buildApplication` needs to serve a ledger.
public struct ServerConfig: Sendable {
    /// The ledger file; created (empty) when missing.
    public var databasePath: String
    public var host: String
    public var port: Int
    /// Request bodies larger than this are refused with 413 (forms are small).
    public var maxBodyBytes: Int
    /// Who a review from the web is attributed to when the form does not say.
    public var defaultReviewer: String

    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 64 * 1024,
                defaultReviewer: String = "web") {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.defaultReviewer = defaultReviewer
    }
}
