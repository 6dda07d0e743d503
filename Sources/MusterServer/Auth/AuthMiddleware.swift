import Foundation
import HTTPTypes
import Hummingbird
import MusterStore

/// Works out who is asking and enforces what every route shares:
/// - `Authorization: Bearer TOKEN` names an account (a wrong or revoked token is a 401, never
///   silently anonymous); otherwise a valid session cookie does; otherwise nobody.
/// - Reads (GET, HEAD) need an account unless the server is `--public`; anonymous page views
///   are sent to /login, anonymous API reads get 401.
/// - Every other method needs an account, and a cookie-authenticated one must send the
///   session's CSRF token (form field `csrf` or header `X-CSRF-Token`), else 403.
/// Which role may do what is checked by each route (`AppRequestContext.require`).
struct AuthMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let env: ServerEnvironment

    static let sessionCookie = "muster_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// Reachable by anyone: the sign-in page itself, the stylesheet it uses, the health check,
    /// and the API's description (clients need it to learn how to authenticate).
    static func isOpen(_ path: String) -> Bool {
        path == "/login" || path == "/healthz" || path == "/api/openapi.yaml" || path.hasPrefix("/static/")
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        var request = request
        context.identity = try identify(request)
        let path = request.uri.path
        if Self.isOpen(path) { return try await next(request, context) }
        if request.method == .get || request.method == .head {
            if context.identity == nil && !env.config.isPublic {
                if path == "/api" || path.hasPrefix("/api/") { throw ServerError.unauthorized }
                return Response.redirect(to: "/login?next=" + Self.escape(request.uri.description), type: .normal)
            }
            return try await next(request, context)
        }
        guard let identity = context.identity else { throw ServerError.unauthorized }
        if let csrf = identity.csrf {
            let sent: String?
            if let header = request.headers[Self.csrfHeader] {
                sent = header
            } else if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
                // Buffer the body so the route can read the same form again.
                let buffer: ByteBuffer
                do { buffer = try await request.collectBody(upTo: env.config.maxBodyBytes) } catch {
                    throw ServerError.tooLarge(limit: env.config.maxBodyBytes)
                }
                sent = FormData(String(buffer: buffer))["csrf"]
            } else {
                sent = nil
            }
            guard let sent, SessionSigner.constantTimeEqual(sent, csrf) else {
                context.logger.warning("request refused: missing or wrong CSRF token",
                                       metadata: ["account": "\(identity.account.name)", "path": "\(path)"])
                throw ServerError.forbidden("missing or wrong CSRF token: reload the page and send the form again")
            }
        }
        return try await next(request, context)
    }

    func identify(_ request: Request) throws -> Identity? {
        if let authorization = request.headers[.authorization] {
            // The scheme is case-insensitive (RFC 9110); the token follows one space.
            guard authorization.utf8.count > 7, authorization.prefix(7).lowercased() == "bearer " else {
                throw ServerError.unauthorized
            }
            let secret = authorization.dropFirst(7).trimmingCharacters(in: .whitespaces)
            guard let account = try env.accounts.account(bearer: secret) else { throw ServerError.unauthorized }
            return Identity(account: account, session: nil, csrf: nil)
        }
        guard let cookie = request.cookies[Self.sessionCookie],
              let session = env.signer.session(cookie.value, now: Int64(Date().timeIntervalSince1970)),
              let account = try env.accounts.store.sessionAccount(id: session.accountID, nonce: session.nonce)
        else { return nil }
        return Identity(account: account, session: session, csrf: env.signer.csrfToken(nonce: session.nonce))
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~/"))) ?? "/"
    }
}
