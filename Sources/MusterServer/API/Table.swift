import Hummingbird
import MusterCore
import MusterStore

/// Rows with named columns: one shape for the JSON API (`{"data": [...], "next_cursor": …}`)
/// and the CSV downloads, so the two can never disagree about what a table holds.
struct Table {
    var columns: [String]
    var rows: [[JSONValue]]

    func objects() -> [JSONValue] {
        rows.map { row in .object(Array(zip(columns, row))) }
    }

    func page(nextCursor: Int64?) -> JSONValue {
        .object([("data", .array(objects())), ("next_cursor", nextCursor.map { .string($0.cursor) } ?? .null)])
    }

    func csv() -> String {
        var out = CSV.line(columns) + "\n"
        for row in rows { out += CSV.line(row.map(Self.cell)) + "\n" }
        return out
    }

    static func cell(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        default: return value.serialized()
        }
    }
}

/// Registers a list endpoint at `path` and its CSV twin at `path.csv`; `?format=csv` on the
/// first gives the same CSV. CSV downloads hold every row that matches the filters (no
/// pagination); JSON pages are `limit` rows after `cursor`.
struct ListRoute {
    struct Request {
        var request: Hummingbird.Request
        var query: QueryParameters
        var csv: Bool
    }

    static func add(_ routes: RouteCollection<AppRequestContext>, _ path: String, name: String, env: ServerEnvironment,
                    _ body: @escaping @Sendable (Request) throws -> (Table, next: Int64?)) {
        routes.get(RouterPath(path)) { request, _ in
            let query = QueryParameters(request)
            return try respond(Request(request: request, query: query, csv: try query.wantsCSV()), name: name,
                               env: env, body)
        }
        routes.get(RouterPath(path + ".csv")) { request, _ in
            try respond(Request(request: request, query: QueryParameters(request), csv: true), name: name, env: env, body)
        }
    }

    private static func respond(_ request: Request, name: String, env: ServerEnvironment,
                                _ body: (Request) throws -> (Table, next: Int64?)) throws -> Response {
        let text = try env.cached(request.request) {
            let (table, next) = try body(request)
            return request.csv ? table.csv() : table.page(nextCursor: next).serialized() + "\n"
        }
        return request.csv ? Responses.csv(text, filename: "\(name).csv")
            : Responses.text(text, contentType: "application/json")
    }

    /// Keyset pagination over rows sorted by id: the page and the cursor of the next one.
    static func paginate<T>(_ items: [T], id: (T) -> Int64, after cursor: Int64?, limit: Int?) -> ([T], Int64?) {
        let rest = cursor.map { after in items.filter { id($0) > after } } ?? items
        guard let limit, rest.count > limit else { return (rest, nil) }
        let page = Array(rest.prefix(limit))
        return (page, page.last.map(id))
    }
}

enum Rows {
    static func amount(_ quantity: Quantity?) -> [JSONValue] {
        [quantity.map { .number($0.value) } ?? .null, JSONValue(quantity?.unit), JSONValue(quantity?.qualifier.rawValue)]
    }

    static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    static func id(_ value: Int64?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }

    static let documentColumns = ["id", "title", "source", "published", "retrieved_at", "sha256", "claims"]

    static func document(_ d: DocumentListing) -> [JSONValue] {
        [id(d.id), JSONValue(d.title), .string(d.source), JSONValue(d.published), .string(d.retrievedAt),
         .string(d.sha256), .number(Double(d.claims))]
    }

    static let claimColumns = ["id", "document_id", "position", "type", "state", "actor", "recipient", "category",
                               "status", "amount_value", "amount_unit", "amount_qualifier", "object", "quote",
                               "reviewer", "reason", "commitment_id", "confidence"]

    static func claim(_ stored: StoredClaim) -> [JSONValue] {
        let effective = stored.effective
        var actor: ActorCode?, recipient: ActorCode?, category: String?, status: String?, object: String?
        var quantity: Quantity?
        switch effective {
        case .commitment(let c):
            actor = c.actor; recipient = c.recipient; category = c.category.rawValue; status = c.status.rawValue
            object = c.object; quantity = c.amount
        case .incident(let i):
            actor = i.actor; recipient = i.target; quantity = i.launched
        case .event:
            break
        }
        return [id(stored.id), id(stored.documentID), .number(Double(stored.position)), .string(effective.typeName),
                .string(stored.state.rawValue), JSONValue(actor), JSONValue(recipient), JSONValue(category),
                JSONValue(status)] + amount(quantity)
            + [JSONValue(object), .string(effective.quote), JSONValue(stored.reviewer), JSONValue(stored.reason),
               id(stored.commitmentID), stored.confidence.map { .number(($0 * 10_000).rounded() / 10_000) } ?? .null]
    }

    static let commitmentColumns = ["id", "actor", "actor_count", "recipient", "category", "object", "status",
                                    "status_date", "amount_value", "amount_unit", "amount_qualifier", "amount_eur",
                                    "corroboration"]

    static func commitment(_ c: CommitmentRecord) -> [JSONValue] {
        [id(c.id), .string(c.actor.rawValue), JSONValue(c.actorCount), JSONValue(c.recipient),
         .string(c.category.rawValue), JSONValue(c.object), .string(c.status.rawValue), JSONValue(c.statusDate)]
            + amount(c.amount) + [number(c.amountEUR), JSONValue(c.corroboration)]
    }

    static let summaryColumns = ["actor", "category", "commitments", "pledged", "pledged_eur", "delivered", "delivered_eur"]

    static func summary(_ row: SummaryRow) -> [JSONValue] {
        [.string(row.actor.rawValue), .string(row.category.rawValue), .number(Double(row.commitments)),
         .number(Double(row.pledged)), .number(row.pledgedEUR), .number(Double(row.delivered)), .number(row.deliveredEUR)]
    }

    static let evidenceColumns = ["claim_id", "document_id", "source", "valid_date", "status", "quote", "reviewer", "retracted"]

    static func evidence(_ e: Evidence) -> [JSONValue] {
        [id(e.claimID), id(e.documentID), .string(e.source), JSONValue(e.validDate), .string(e.status.rawValue),
         .string(e.quote), JSONValue(e.reviewer), .bool(e.retracted)]
    }

    static let entryColumns = ["seq", "kind", "who", "recorded_at", "valid_date", "commitment_id", "change", "why", "hash"]

    static func entry(_ e: LedgerEntry) -> [JSONValue] {
        [id(e.seq), .string(e.kind), .string(e.who), .string(e.recordedAt), JSONValue(e.validDate), id(e.commitmentID),
         .string(e.change), JSONValue(e.why), .string(e.hash)]
    }
}
