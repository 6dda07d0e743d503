import Hummingbird
import MusterStore

/// `/search?q=`: documents and commitments matching every word typed (SQLite FTS5).
struct SearchController {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/search") { request, context in try search(request, context) }
        return routes
    }

    func search(_ request: Request, _ context: AppRequestContext) throws -> Response {
        let query = QueryParameters(request)
        let text = query.string("q")
        if let text, text.count > 200 { throw ServerError.badParameter("q", "at most 200 characters") }
        let state = try env.state(request, context, query: text)
        var data: [String: Any] = ["searched": text != nil]
        if let text {
            let results = try env.store.search(text, limit: 50)
            let documents: [[String: Any]] = results.documents.filter { hit in
                guard let asOf = state.asOf, let published = hit.published else { return true }
                return published <= asOf
            }.map { hit in
                ["link": "/documents/\(hit.id)\(state.asOfQuery)", "title": hit.title ?? "Document \(hit.id)",
                 "published": hit.published?.iso ?? "", "snippet": Highlighting.snippet(hit.snippet).map(\.context)]
            }
            let commitments = results.commitments.map { Views.commitment($0, asOfQuery: state.asOfQuery) }
            data["documents"] = documents
            data["commitments"] = commitments
            data["hasDocuments"] = !documents.isEmpty
            data["hasCommitments"] = !commitments.isEmpty
            data["nothing"] = documents.isEmpty && commitments.isEmpty
        }
        return env.pages.page("search", title: text.map { "Search: \($0)" } ?? "Search", state: state, data: data)
    }
}
