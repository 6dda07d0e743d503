import Hummingbird

/// Refusals a handler raises; `ErrorMiddleware` turns them into an HTML page or an RFC 9457
/// problem document. Messages are written for users: never SQL, paths or stack traces.
struct ServerError: Error {
    var status: HTTPResponse.Status
    var title: String
    var detail: String
    /// The query or form parameter at fault, for 400s.
    var parameter: String?

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
}
