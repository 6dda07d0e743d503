import Foundation
import Hummingbird
import Logging
import MusterStore

/// `/login` and `/logout`. The sign-in form has its own CSRF token (a random cookie and a MAC
/// of it in the form), since there is no session yet; a successful sign-in sets the signed
/// session cookie and sends the browser back where it was going.
struct LoginController {
    let env: ServerEnvironment
    static let loginCookie = "muster_login"
    let logger = Logger(label: "muster.auth")

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/login") { request, context in
            loginPage(next: QueryParameters(request).string("next"), request: request, context: context)
        }
        routes.post("/login") { request, context in try await login(request, context) }
        routes.post("/logout") { _, context in try logout(context) }
        return routes
    }

    /// Only a path on this site: never `//host` or `https://…`, so the form is no open redirect.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\") else { return "/" }
        return next
    }

    func loginPage(next: String?, request: Request, context: AppRequestContext, problem: String? = nil,
                   status: HTTPResponse.Status = .ok) -> Response {
        let nonce = request.cookies[Self.loginCookie]?.value ?? SessionSigner.randomToken()
        var state = PageState(path: "/login", asOf: nil)
        if let identity = context.identity {
            state.account = identity.account.name
            state.role = identity.account.role.description
            state.csrf = identity.csrf
        }
        var data: [String: Any] = ["next": Self.safeNext(next), "loginCSRF": env.signer.csrfToken(nonce: nonce, purpose: "login"),
                                   "public": env.config.isPublic]
        if let problem { data["problem"] = problem }
        var response = env.pages.page("login", title: "Sign in", state: state, data: data, status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: nonce, maxAge: 3600, path: "/login",
                                  secure: env.config.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    func login(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await FormData.read(request, limit: env.config.maxBodyBytes)
        guard let nonce = request.cookies[Self.loginCookie]?.value, let sent = form["csrf"],
              SessionSigner.constantTimeEqual(sent, env.signer.csrfToken(nonce: nonce, purpose: "login"))
        else {
            logger.warning("sign-in refused: missing or wrong CSRF token", metadata: ["address": "\(context.remoteAddress)"])
            throw ServerError.forbidden("the sign-in form expired or did not come from this site: reload it and try again")
        }
        let name = form["name"] ?? ""
        let password = form.raw("password") ?? ""
        let next = form["next"]
        switch try env.accounts.login(name: name, password: password, address: context.remoteAddress) {
        case .limited(let retryAfter):
            logger.warning("sign-in refused: rate limit", metadata: [
                "account": "\(name.prefix(100))", "address": "\(context.remoteAddress)", "retry_after": "\(retryAfter)"])
            throw ServerError.tooManyAttempts(retryAfter: retryAfter)
        case .failure:
            logger.warning("sign-in failed", metadata: ["account": "\(name.prefix(100))", "address": "\(context.remoteAddress)"])
            return loginPage(next: next, request: request, context: context, problem: "Wrong account name or password.",
                             status: .unauthorized)
        case .success(let account):
            logger.info("signed in", metadata: ["account": "\(account.name)", "address": "\(context.remoteAddress)"])
            let session = Session(accountID: account.id,
                                  expires: Int64(Date().timeIntervalSince1970) + Int64(env.config.sessionLifetime),
                                  nonce: SessionSigner.randomToken())
            var response = Response.redirect(to: Self.safeNext(next), type: .normal)
            response.setCookie(sessionCookie(env.signer.cookieValue(session), maxAge: env.config.sessionLifetime))
            response.setCookie(Cookie(name: Self.loginCookie, value: "", maxAge: 0, path: "/login",
                                      secure: env.config.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
    }

    /// Ends the session for good (its nonce is recorded, so a copied cookie stops working too).
    func logout(_ context: AppRequestContext) throws -> Response {
        guard let session = context.identity?.session else {
            throw ServerError(status: .badRequest, title: "Not signed in", detail: "only a browser session can sign out")
        }
        try env.accounts.store.endSession(session.nonce, expires: session.expires)
        logger.info("signed out", metadata: ["account": "\(context.identity?.account.name ?? "")"])
        var response = Response.redirect(to: "/login", type: .normal)
        response.setCookie(sessionCookie("", maxAge: 0))
        return response
    }

    func sessionCookie(_ value: String, maxAge: Int) -> Cookie {
        Cookie(name: AuthMiddleware.sessionCookie, value: value,
               expires: Date().addingTimeInterval(TimeInterval(maxAge)), maxAge: maxAge, path: "/",
               secure: env.config.secureCookies, httpOnly: true, sameSite: .lax)
    }
}
