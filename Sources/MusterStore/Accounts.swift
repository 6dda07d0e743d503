import Foundation
import MusterCore

/// What an account may do. Stored as text: `admin`, `editor`, `reviewer`, `liaison:FR`,
/// `viewer`. The server decides what each role allows (MusterServer's `Permission`); the
/// store only keeps it.
public enum Role: Sendable, Hashable, CustomStringConvertible {
    case admin
    case editor
    case reviewer
    /// A member state's liaison: proposes changes to that actor's commitments only.
    case liaison(ActorCode)
    case viewer

    /// Parses `admin`, `editor`, `reviewer`, `liaison:FR` (a known actor code), `viewer`.
    public init?(_ text: String) {
        switch text {
        case "admin": self = .admin
        case "editor": self = .editor
        case "reviewer": self = .reviewer
        case "viewer": self = .viewer
        default:
            guard text.hasPrefix("liaison:") else { return nil }
            let actor = ActorCode(String(text.dropFirst("liaison:".count)).uppercased())
            guard KnownActors.contains(actor) else { return nil }
            self = .liaison(actor)
        }
    }

    public var description: String {
        switch self {
        case .admin: return "admin"
        case .editor: return "editor"
        case .reviewer: return "reviewer"
        case .liaison(let actor): return "liaison:\(actor.rawValue)"
        case .viewer: return "viewer"
        }
    }
}

/// A person (or script) that signs in. The name is what the ledger's entries record as
/// `who`, so names are never reused: removing an account keeps its row, marked removed.
public struct Account: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var role: Role
    /// A bcrypt hash (`$2b$…`); the store never sees a password.
    public var passwordHash: String
    public var createdAt: String
    public var removedAt: String?

    public var isActive: Bool { removedAt == nil }
}

/// An API token as stored: the SHA-256 of the secret, never the secret itself.
public struct APIToken: Sendable, Equatable {
    public var id: Int64
    public var account: String
    public var label: String?
    public var createdAt: String
    public var revokedAt: String?

    public var isActive: Bool { revokedAt == nil }
}

/// Failed sign-ins inside the rate-limit window, per account name and per client address.
public struct LoginFailures: Sendable, Equatable {
    public var forAccount: Int
    public var forAddress: Int
    /// The oldest failure in the window for each key (seconds since 1970): when it ages out,
    /// that key is below the limit again.
    public var oldestForAccount: Int64?
    public var oldestForAddress: Int64?
}

public enum AccountError: Error, Equatable, CustomStringConvertible {
    case invalidName(String)
    case duplicateName(String)
    case nameRetired(String)
    case noSuchAccount(String)
    case noSuchToken(Int64)
    case tokenAlreadyRevoked(Int64)

    public var description: String {
        switch self {
        case .invalidName(let name):
            return "invalid account name \"\(name)\": use 1 to 64 letters, digits, '.', '_' or '-'"
        case .duplicateName(let name): return "an account named \"\(name)\" already exists"
        case .nameRetired(let name):
            return "the account \"\(name)\" was removed; names are not reused, so the ledger's entries keep naming one account"
        case .noSuchAccount(let name): return "no account named \"\(name)\""
        case .noSuchToken(let id): return "no API token with id \(id)"
        case .tokenAlreadyRevoked(let id): return "API token \(id) is already revoked"
        }
    }

    /// Letters, digits, '.', '_', '-': names appear in ledger entries, logs and URLs.
    public static func validate(name: String) throws {
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2E || byte == 0x5F || byte == 0x2D
        }
        guard allowed, (1...64).contains(name.utf8.count) else { throw AccountError.invalidName(name) }
    }
}

/// Accounts, API tokens, sign-in failures, ended sessions and server settings. Kept apart
/// from `LedgerStore`: none of it is ledger history, and none of it enters the hash chain.
/// One conformance, `SQLAccountStore`, over the SQL layer: the same statements run on the
/// ledger's SQLite file and on its PostgreSQL database (`LedgerStore.accounts`).
public protocol AccountStore: Sendable {
    func addAccount(name: String, role: Role, passwordHash: String) throws -> Account
    /// The account with this name, removed or not.
    func account(named name: String) throws -> Account?
    func account(id: Int64) throws -> Account?
    func accounts() throws -> [Account]
    func setRole(_ role: Role, account name: String) throws
    func setPasswordHash(_ hash: String, account name: String) throws
    /// Marks the account removed and revokes its tokens, in one transaction.
    func removeAccount(named name: String) throws

    func addToken(account name: String, label: String?, hash: String) throws -> APIToken
    func tokens() throws -> [APIToken]
    func revokeToken(id: Int64) throws
    /// The active account behind an active token with this hash.
    func account(tokenHash hash: String) throws -> Account?

    func recordLoginFailure(account: String, address: String, at seconds: Int64) throws
    func loginFailures(account: String, address: String, since seconds: Int64) throws -> LoginFailures
    func clearLoginFailures(account: String) throws

    /// Records that a session ended (sign-out) so its cookie is refused until it expires.
    func endSession(_ nonce: String, expires seconds: Int64) throws
    /// The active account `id`, unless the session `nonce` was ended.
    func sessionAccount(id: Int64, nonce: String) throws -> Account?

    func setting(_ name: String) throws -> String?
    /// Stores `value` unless the setting exists; returns the stored value either way, so two
    /// servers starting at once agree.
    func setSettingIfAbsent(_ name: String, value: String) throws -> String
}
