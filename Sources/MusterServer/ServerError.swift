import Hummingbird

/// Refusals a handler raises; `ErrorMiddleware` turns them into an HTML page or an RFC 9457
/// problem document. Messages are written for users: never SQL, paths or stack traces.
struct ServerError: Error {
    var status: HTTPResponse.Status
    var title: String
    var detail: String
    /// The query or form parameter at fault, for 400s.
    var parameter: String?
    /// Seconds until a refused request may be tried again (429), sent as Retry-After.
    var retryAfter: Int?

    static func notFound(_ detail: String) -> ServerError {
        ServerError(status: .notFound, title: "Not found", detail: detail)
    }

    static func badParameter(_ name: String, _ problem: String) -> ServerError {
        ServerError(status: .badRequest, title: "Bad parameter", detail: "parameter \(name): \(problem)",
                    parameter: name)
    }

    static func conflict(_ detail: String) -> ServerError {
        ServerError(status: .conflict, title: "Conflict", detail: detail)
    }

    static func tooLarge(limit: Int) -> ServerError {
        ServerError(status: .contentTooLarge, title: "Request body too large",
                    detail: "request bodies are limited to \(limit) bytes")
    }

    /// No account: API clients are told to send a bearer token (with WWW-Authenticate).
    static let unauthorized = ServerError(
        status: .unauthorized, title: "Sign-in required",
        detail: "sign in at /login, or send an API token as Authorization: Bearer TOKEN")

    static func forbidden(_ detail: String) -> ServerError {
        ServerError(status: .forbidden, title: "Forbidden", detail: detail)
    }

    static func tooManyAttempts(retryAfter: Int) -> ServerError {
        ServerError(status: .tooManyRequests, title: "Too many failed sign-ins",
                    detail: "too many failed sign-ins for this account or address; try again in \(retryAfter) seconds",
                    retryAfter: retryAfter)
    }
}
