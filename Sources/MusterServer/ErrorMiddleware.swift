import Hummingbird
import Logging
import MusterStore

/// Turns every failure into a response a user can read: an HTML page for the site, a problem
/// document (RFC 9457) under /api. Unexpected errors are logged in full and answered with a
/// bare 500, so no SQL, path or stack trace reaches a client.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let pages: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let failure = Self.serverError(for: error, request: request, logger: context.logger)
            let path = request.uri.path
            var response = path == "/api" || path.hasPrefix("/api/")
                ? Responses.problem(failure, instance: path) : pages.errorPage(failure)
            if failure.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer realm=\"muster\"" }
            if let seconds = failure.retryAfter { response.headers[.retryAfter] = String(seconds) }
            return response
        }
    }

    static func serverError(for error: any Error, request: Request, logger: Logger) -> ServerError {
        switch error {
        case let failure as ServerError:
            return failure
        case let ledger as LedgerError:
            switch ledger {
            case .noSuchClaim, .noSuchCommitment, .noSuchCoalition: return .notFound(ledger.description)
            case .alreadyReviewed, .notACommitmentClaim: return .conflict(ledger.description)
            default: return ServerError(status: .unprocessableContent, title: "Refused", detail: ledger.description)
            }
        case let http as HTTPError:
            switch http.status {
            case .notFound:
                return .notFound("nothing at \(request.uri.path)")
            case .contentTooLarge:
                return ServerError(status: .contentTooLarge, title: "Request body too large",
                                   detail: "the request body is larger than this server accepts")
            case .methodNotAllowed:
                return ServerError(status: .methodNotAllowed, title: "Method not allowed",
                                   detail: "\(request.method) is not allowed on \(request.uri.path)")
            default:
                return ServerError(status: http.status, title: http.status.reasonPhrase,
                                   detail: http.body ?? http.status.reasonPhrase)
            }
        default:
            logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return ServerError(status: .internalServerError, title: "Internal error",
                               detail: "the server could not answer this request; the failure is logged")
        }
    }
}
