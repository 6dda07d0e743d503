import Hummingbird
import MusterCore
import MusterStore

/// `/api/v1/documents`: stored documents (without text in listings), one with its text and claims.
struct DocumentsAPI {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let env = self.env
        let store = env.store
        ListRoute.add(routes, "/api/v1/documents", name: "documents", env: env) { request in
            let asOf = try request.query.asOf()
            let limit = request.csv ? Int.max - 1 : try request.query.limit()
            var after = try request.query.cursor()
            var rows: [DocumentListing] = []
            var next: Int64?
            // Keyset pages over id; the as-of filter (published on or before) is applied while
            // paging so a page is never short for a reason other than the end of the table.
            while rows.count < limit {
                let batch = try store.documents(after: after, limit: min(limit - rows.count, 1000) + 1)
                let taken = batch.prefix(min(limit - rows.count, 1000))
                rows += taken.filter { doc in asOf.map { day in doc.published.map { $0 <= day } ?? true } ?? true }
                if batch.count <= taken.count { next = nil; break }
                after = taken.last?.id
                next = after
            }
            return (Table(columns: Rows.documentColumns, rows: rows.map(Rows.document)), request.csv ? nil : next)
        }
        routes.get("/api/v1/documents/{id}") { _, context in
            let text = try context.parameters.require("id")
            guard let id = Int64(text), id > 0, let document = try store.document(id: id) else {
                throw ServerError.notFound("no document with id \(text)")
            }
            let claims = try store.claims(after: nil, state: nil, document: id, limit: 10_000)
            return Responses.json(.object([
                ("id", Rows.id(document.id)), ("title", JSONValue(document.title)), ("source", .string(document.source)),
                ("published", JSONValue(document.published)), ("retrieved_at", .string(document.retrievedAt)),
                ("sha256", .string(document.sha256)), ("text", .string(document.text)),
                ("claims", .array(Table(columns: Rows.claimColumns, rows: claims.map(Rows.claim)).objects())),
            ]))
        }
        return routes
    }
}
