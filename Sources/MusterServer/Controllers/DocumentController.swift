import Hummingbird
import MusterCore
import MusterStore

/// `/documents` and `/documents/{id}`: the clean text with the claims found in it marked, and
/// the link to where it came from.
struct DocumentController {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/documents") { request, context in try list(request, context) }
        routes.get("/documents/{id}") { request, context in try document(request, context, id: context.parameters.require("id")) }
        return routes
    }

    func list(_ request: Request, _ context: AppRequestContext) throws -> Response {
        let query = QueryParameters(request)
        let state = try env.state(request, context)
        let limit = try query.limit(default: 50)
        let page = try env.store.documents(after: try query.cursor(), limit: limit + 1)
        let shown = page.prefix(limit).filter { doc in
            guard let asOf = state.asOf, let published = doc.published else { return true }
            return published <= asOf
        }
        let rows: [[String: Any]] = shown.map { doc in
            ["id": doc.id, "link": "/documents/\(doc.id)\(state.asOfQuery)", "title": doc.title ?? "Document \(doc.id)",
             "published": doc.published?.iso ?? "", "source": doc.source, "claims": doc.claims]
        }
        var data: [String: Any] = ["documents": rows, "hasDocuments": !rows.isEmpty]
        if page.count > limit, let last = page.prefix(limit).last {
            data["next"] = "/documents?cursor=\(last.id.cursor)&limit=\(limit)\(state.asOf.map { "&as_of=\($0.iso)" } ?? "")"
        }
        return env.pages.page("documents", title: "Documents", state: state, data: data)
    }

    func document(_ request: Request, _ context: AppRequestContext, id text: String) throws -> Response {
        guard let id = Int64(text), id > 0, let document = try env.store.document(id: id) else {
            throw ServerError.notFound("no document with id \(text)")
        }
        let state = try env.state(request, context)
        let claims = try env.store.claims(after: nil, state: nil, document: id, limit: 10_000)
        let runs = Highlighting.runs(document.text, quotes: claims.map { ($0.claim.quote, $0.id) })
        let isLink = document.source.hasPrefix("https://") || document.source.hasPrefix("http://")
        return env.pages.page("document", title: document.title ?? "Document \(id)", state: state, data: Views.compact([
            "id": id, "heading": document.title ?? "Document \(id)", "source": document.source, "sourceIsLink": isLink,
            "published": document.published?.iso ?? "", "retrieved": document.retrievedAt, "sha256": document.sha256,
            "runs": runs.map(\.context), "claims": claims.map(Views.claim), "hasClaims": !claims.isEmpty,
        ]))
    }
}
