import Hummingbird
import MusterStore

/// The request context of every route: Hummingbird's core storage, the client's address
/// (for sign-in rate limits) and who is asking, which `AuthMiddleware` fills in.
struct AppRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The peer's IP address; "unknown" when the transport has none (in-process tests).
    let remoteAddress: String
    var identity: Identity?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The account, when its role allows `permission`: 401 without one, 403 when it may not.
    @discardableResult
    func require(_ permission: Permission) throws -> Account {
        guard let identity else { throw ServerError.unauthorized }
        guard identity.account.role.allows(permission) else {
            throw ServerError.forbidden("the account \(identity.account.name) (\(identity.account.role)) may not \(permission)")
        }
        return identity.account
    }

    func allows(_ permission: Permission) -> Bool { identity?.account.role.allows(permission) ?? false }
}

/// An authenticated account and how it proved itself.
struct Identity: Sendable {
    var account: Account
    /// The browser session, when the request came with a session cookie; nil for a bearer token.
    var session: Session?
    /// The session's CSRF token, which every form and cookie-authenticated write must send back.
    var csrf: String?
}

extension AppRequestContext {
    /// What makes a page's text differ between visitors: the session (its CSRF token and
    /// account name are in the header), else the account of a bearer token, else nothing.
    var pageVariant: String {
        guard let identity else { return "" }
        return identity.session?.nonce ?? "account:\(identity.account.id)"
    }
}
