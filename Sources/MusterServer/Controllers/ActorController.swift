import Hummingbird
import MusterCore
import MusterStore

/// `/actors/{code}`: every commitment of one party, how its status moved, its EUR value.
struct ActorController {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/actors/{code}") { request, context in try actor(request, context, code: context.parameters.require("code")) }
        return routes
    }

    func actor(_ request: Request, _ context: AppRequestContext, code: String) throws -> Response {
        let actor = ActorCode(code.uppercased())
        guard KnownActors.contains(actor) else { throw ServerError.notFound("no actor with code \(code)") }
        let state = try env.state(request, context)
        let records = try env.store.commitments(CommitmentQuery(actor: actor, asOf: state.asOf))
        let rows: [[String: Any]] = try records.map { record in
            var row = Views.commitment(record, asOfQuery: state.asOfQuery)
            // Status over time: each live statement on or before the as-of day, oldest first.
            let steps = try env.store.evidence(commitment: record.id)
                .filter { !$0.retracted && (state.asOf == nil || ($0.validDate.map { $0 <= state.asOf! } ?? true)) }
                .map { ["date": $0.validDate?.iso ?? "", "status": $0.status.rawValue] }
            row["steps"] = steps
            return row
        }
        let memberships = try env.store.coalitions().filter { $0.members.contains { $0.actor == actor } }
            .map { ["name": $0.name] }
        let values = records.compactMap(\.amountEUR)
        return env.pages.page("actor", title: "Actor \(actor.rawValue)", state: state, data: [
            "actor": actor.rawValue, "commitments": rows, "hasCommitments": !rows.isEmpty, "count": rows.count,
            "memberships": memberships, "hasMemberships": !memberships.isEmpty,
            "totalEUR": Formatting.eur(values.isEmpty ? nil : values.reduce(0, +)),
            "csvLink": "/api/v1/commitments.csv?actor=\(actor.rawValue)" + state.asOfQuery.replacingOccurrences(of: "?", with: "&"),
        ])
    }
}
