import Crypto
import Foundation
import HummingbirdBcrypt
import MusterStore

/// Accounts as the CLI and the server use them: passwords hashed with bcrypt, API tokens
/// shown once and stored as their SHA-256, sign-ins rate-limited per account and per address.
public struct AccountService: Sendable {
    public let store: any AccountStore
    /// bcrypt's work factor for new password hashes (12 ≈ a quarter second per hash).
    public let bcryptCost: UInt8
    public let loginLimit: LoginLimit
    let now: @Sendable () -> Date

    public init(store: any AccountStore, bcryptCost: UInt8 = 12, loginLimit: LoginLimit = LoginLimit(),
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.bcryptCost = bcryptCost
        self.loginLimit = loginLimit
        self.now = now
    }

    public static let minimumPasswordLength = 10
    public static let maximumPasswordLength = 72  // bcrypt reads no further

    public static func checkPassword(_ password: String) throws {
        guard password.utf8.count >= minimumPasswordLength else {
            throw AccountServiceError.weakPassword("a password needs at least \(minimumPasswordLength) characters")
        }
        guard password.utf8.count <= maximumPasswordLength else {
            throw AccountServiceError.weakPassword("bcrypt reads at most \(maximumPasswordLength) bytes of a password")
        }
    }

    public func addUser(name: String, role: Role, password: String) throws -> Account {
        try Self.checkPassword(password)
        return try store.addAccount(name: name, role: role, passwordHash: Bcrypt.hash(password, cost: bcryptCost))
    }

    public func setPassword(_ password: String, account name: String) throws {
        try Self.checkPassword(password)
        try store.setPasswordHash(Bcrypt.hash(password, cost: bcryptCost), account: name)
    }

    /// A new token for `account`: the secret is returned once and never stored.
    public func createToken(account name: String, label: String?) throws -> (token: APIToken, secret: String) {
        let secret = "mst_" + SessionSigner.randomToken(bytes: 32)
        let token = try store.addToken(account: name, label: label, hash: Self.tokenHash(secret))
        return (token, secret)
    }

    /// Tokens are 256 random bits, so one unsalted SHA-256 is enough: there is nothing to guess.
    public static func tokenHash(_ secret: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Array(secret.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The active account behind a bearer token, or nil.
    public func account(bearer secret: String) throws -> Account? {
        guard secret.hasPrefix("mst_"), secret.utf8.count < 200 else { return nil }
        return try store.account(tokenHash: Self.tokenHash(secret))
    }

    public enum LoginResult: Sendable, Equatable {
        case success(Account)
        case failure
        /// Too many recent failures for this account or address: try again in this many seconds.
        case limited(retryAfter: Int)
    }

    /// Checks a password, counting failures; refuses without checking once the account or the
    /// address has `loginLimit.failures` failures inside the window.
    public func login(name: String, password: String, address: String) throws -> LoginResult {
        let key = String(name.prefix(100))
        let seconds = Int64(now().timeIntervalSince1970)
        let window = Int64(loginLimit.window)
        let recent = try store.loginFailures(account: key, address: address, since: seconds - window)
        var waits: [Int64] = []
        if recent.forAccount >= loginLimit.failures, let oldest = recent.oldestForAccount { waits.append(oldest + window - seconds) }
        if recent.forAddress >= loginLimit.failures, let oldest = recent.oldestForAddress { waits.append(oldest + window - seconds) }
        if let wait = waits.max() { return .limited(retryAfter: Int(max(1, wait))) }

        let account = try store.account(named: key)
        // An unknown name costs the same bcrypt work as a wrong password, so timing does not
        // tell which names exist.
        let valid = Bcrypt.verify(password, hash: account?.passwordHash ?? Self.decoyHash)
        guard let account, account.isActive, valid else {
            try store.recordLoginFailure(account: key, address: address, at: seconds)
            return .failure
        }
        if recent.forAccount > 0 { try store.clearLoginFailures(account: key) }
        return .success(account)
    }

    /// A hash of a random password at the default cost, checked against when the name is unknown.
    private static let decoyHash = Bcrypt.hash(SessionSigner.randomToken(), cost: 12)

    /// The secret that signs session cookies: `configured` when given (all servers of a
    /// deployment share it), else one generated on first start and kept in the database.
    public func sessionSecret(configured: String?) throws -> String {
        if let configured, !configured.isEmpty { return configured }
        return try store.setSettingIfAbsent("session_secret", value: SessionSigner.randomToken(bytes: 32))
    }
}

/// At most `failures` failed sign-ins per account and per address within `window` seconds.
public struct LoginLimit: Sendable, Equatable {
    public var failures: Int
    public var window: TimeInterval

    public init(failures: Int = 5, window: TimeInterval = 15 * 60) {
        self.failures = failures
        self.window = window
    }
}

public enum AccountServiceError: Error, Equatable, CustomStringConvertible {
    case weakPassword(String)

    public var description: String {
        switch self {
        case .weakPassword(let problem): return problem
        }
    }
}
