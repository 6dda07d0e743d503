import Hummingbird
import MusterCore
import MusterStore

/// `/api/v1/actors` (who has commitments, with totals), `/api/v1/actors/{code}` and
/// `/api/v1/summary` (pledged against delivered per actor and category); all take `?as_of=`.
struct ActorsAPI {
    let env: ServerEnvironment

    static let actorColumns = ["actor", "commitments", "pledged", "pledged_eur", "delivered", "delivered_eur"]

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let env = self.env
        ListRoute.add(routes, "/api/v1/actors", name: "actors", env: env) { request in
            let records = try env.store.commitments(CommitmentQuery(asOf: try request.query.asOf()))
            let groups = Dictionary(grouping: records, by: \.actor)
            let rows = groups.keys.sorted().map { actor in
                Self.totals(actor: actor, groups[actor] ?? [])
            }
            return (Table(columns: Self.actorColumns, rows: rows), nil)
        }
        routes.get("/api/v1/actors/{code}") { request, context in
            let code = try context.parameters.require("code").uppercased()
            guard KnownActors.contains(ActorCode(code)) else { throw ServerError.notFound("no actor with code \(code)") }
            let records = try env.store.commitments(CommitmentQuery(actor: ActorCode(code),
                                                                    asOf: try QueryParameters(request).asOf()))
            let totals = Self.totals(actor: ActorCode(code), records)
            var fields = Array(zip(Self.actorColumns, totals))
            fields.append(("data", .array(Table(columns: Rows.commitmentColumns, rows: records.map(Rows.commitment)).objects())))
            return Responses.json(.object(fields))
        }
        ListRoute.add(routes, "/api/v1/summary", name: "summary", env: env) { request in
            let asOf = try request.query.asOf()
            let actor = try request.query.actor()
            let category = try request.query.category()
            var rows: [[JSONValue]]
            if asOf == nil {
                // The projection's own aggregate: one indexed GROUP BY, no per-commitment work.
                rows = try env.store.summary().filter { row in
                    (actor == nil || row.actor == actor) && (category == nil || row.category == category)
                }.map(Rows.summary)
            } else {
                let records = try env.store.commitments(CommitmentQuery(actor: actor, category: category, asOf: asOf))
                let groups = Dictionary(grouping: records) { "\($0.actor.rawValue)\t\($0.category.rawValue)" }
                rows = groups.keys.sorted().compactMap { key in
                    guard let group = groups[key], let first = group.first else { return nil }
                    let t = Self.totals(actor: first.actor, group)
                    return [t[0], .string(first.category.rawValue), t[1], t[2], t[3], t[4], t[5]]
                }
            }
            return (Table(columns: Rows.summaryColumns, rows: rows), nil)
        }
        return routes
    }

    /// actor, commitments, pledged, pledged_eur, delivered, delivered_eur.
    static func totals(actor: ActorCode, _ records: [CommitmentRecord]) -> [JSONValue] {
        let pledged = records.filter { [.pledged, .allocated, .delivered].contains($0.status) }
        let delivered = records.filter { $0.status == .delivered }
        return [.string(actor.rawValue), .number(Double(records.count)), .number(Double(pledged.count)),
                .number(pledged.compactMap(\.amountEUR).reduce(0, +)), .number(Double(delivered.count)),
                .number(delivered.compactMap(\.amountEUR).reduce(0, +))]
    }
}
