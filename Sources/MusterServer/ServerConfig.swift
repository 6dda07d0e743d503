import Foundation

/// What `buildApplication` needs to serve a ledger.
public struct ServerConfig: Sendable {
    /// The ledger file (created, empty, when missing) or a postgres:// URL.
    public var databasePath: String
    public var host: String
    public var port: Int
    /// Request bodies larger than this are refused with 413 (forms are small).
    public var maxBodyBytes: Int
    /// Apply pending schema migrations on start; when false, refuse to start on an
    /// out-of-date schema.
    public var migrate: Bool
    /// Read-only pages and API reads without signing in (`muster serve --public`). Writes always
    /// need an account.
    public var isPublic: Bool
    /// Marks the session cookie `Secure` (send it over HTTPS only): set it whenever the server
    /// sits behind TLS.
    public var secureCookies: Bool
    /// Signs session cookies; nil takes the secret generated and kept in the database.
    public var sessionSecret: String?
    /// How long a sign-in lasts, in seconds.
    public var sessionLifetime: Int
    public var loginLimit: LoginLimit

    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 64 * 1024,
                isPublic: Bool = false, secureCookies: Bool = false, sessionSecret: String? = nil,
                sessionLifetime: Int = 8 * 3600, loginLimit: LoginLimit = LoginLimit(), migrate: Bool = true) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.migrate = migrate
        self.isPublic = isPublic
        self.secureCookies = secureCookies
        self.sessionSecret = sessionSecret
        self.sessionLifetime = sessionLifetime
        self.loginLimit = loginLimit
    }
}
