import Hummingbird
import MusterCore
import MusterStore

/// `GET /api/v1/review`: the pending claims in the review queue's order (least confident first,
/// unscored last), paged by an opaque cursor. `POST /api/v1/claims/{id}/accept` and `/reject`:
/// the queue's decisions for API clients, recorded as made by the authenticated account. Body:
/// `{"reason": "…"}` (required to reject). Answers the claim as `GET /api/v1/claims/{id}` shows it.
struct ReviewAPI {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let store = env.store
        routes.get("/api/v1/review") { request, _ in
            let query = QueryParameters(request)
            let limit = try query.limit()
            let batch = try store.reviewQueue(after: try query.reviewCursor(), limit: limit + 1)
            let page = batch.prefix(limit)
            let next = batch.count > limit ? page.last.map { ReviewQueueCursor(after: $0).token } : nil
            let rows = Table(columns: Rows.claimColumns, rows: page.map(Rows.claim)).objects()
            return Responses.json(.object([("data", .array(rows)), ("next_cursor", JSONValue(next))]))
        }
        routes.post("/api/v1/claims/{id}/accept") { request, context in
            try await decide(request, context, accept: true)
        }
        routes.post("/api/v1/claims/{id}/reject") { request, context in
            try await decide(request, context, accept: false)
        }
        return routes
    }

    func decide(_ request: Request, _ context: AppRequestContext, accept: Bool) async throws -> Response {
        let reviewer = try context.require(.review).name
        let text = try context.parameters.require("id")
        guard let id = Int64(text), id > 0, let stored = try env.store.claim(id: id) else {
            throw ServerError.notFound("no claim with id \(text)")
        }
        guard stored.state == .pending else { throw ServerError.conflict("claim \(id) is already \(stored.state.rawValue)") }
        let body = try await JSONBody.read(request, limit: env.config.maxBodyBytes)
        let reason = try body.string("reason")
        if accept {
            try env.store.accept(claim: id, reviewer: reviewer, reason: reason, correction: nil, target: .match)
        } else {
            guard let reason else { throw ServerError.badParameter("reason", "a rejection needs a reason") }
            try env.store.reject(claim: id, reviewer: reviewer, reason: reason)
        }
        guard let decided = try env.store.claim(id: id) else { throw ServerError.notFound("no claim with id \(id)") }
        return Responses.json(Table(columns: Rows.claimColumns, rows: [Rows.claim(decided)]).objects()[0])
    }
}
