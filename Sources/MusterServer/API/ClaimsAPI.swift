import Hummingbird
import MusterCore
import MusterStore

/// `/api/v1/claims`: claims with their review state; filters `state`, `document`.
struct ClaimsAPI {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let env = self.env
        let store = env.store
        ListRoute.add(routes, "/api/v1/claims", name: "claims", env: env) { request in
            let state = try request.query.reviewState()
            let document = try request.query.id("document")
            let limit = request.csv ? Int.max - 1 : try request.query.limit()
            let batch = try store.claims(after: try request.query.cursor(), state: state, document: document,
                                         limit: request.csv ? Int.max : limit + 1)
            let page = batch.prefix(limit)
            let next = batch.count > limit ? page.last?.id : nil
            return (Table(columns: Rows.claimColumns, rows: page.map(Rows.claim)), next)
        }
        routes.get("/api/v1/claims/{id}") { _, context in
            let text = try context.parameters.require("id")
            guard let id = Int64(text), id > 0, let claim = try store.claim(id: id) else {
                throw ServerError.notFound("no claim with id \(text)")
            }
            return Responses.json(Table(columns: Rows.claimColumns, rows: [Rows.claim(claim)]).objects()[0])
        }
        return routes
    }
}
