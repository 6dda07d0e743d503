import Hummingbird
import MusterCore
import MusterStore

/// `/api/v1/commitments`: the ledger's commitments now or `?as_of=`; filters `actor`,
/// `category`, `status`; one commitment with its evidence and history.
struct CommitmentsAPI {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let env = self.env
        ListRoute.add(routes, "/api/v1/commitments", name: "commitments", env: env) { request in
            let query = request.query
            let status = try query.status()
            var records = try env.store.commitments(CommitmentQuery(actor: try query.actor(), category: try query.category(),
                                                                    asOf: try query.asOf()))
            if let status { records = records.filter { $0.status == status } }
            let (page, next) = ListRoute.paginate(records, id: \.id, after: try query.cursor(),
                                                  limit: request.csv ? nil : try query.limit())
            return (Table(columns: Rows.commitmentColumns, rows: page.map(Rows.commitment)), next)
        }
        routes.get("/api/v1/commitments/{id}") { request, context in
            let text = try context.parameters.require("id")
            let asOf = try QueryParameters(request).asOf()
            guard let id = Int64(text), id > 0, try env.store.commitment(id: id) != nil else {
                throw ServerError.notFound("no commitment with id \(text)")
            }
            guard let record = try env.commitment(id: id, asOf: asOf) else {
                throw ServerError.notFound("commitment \(id) was not in the ledger on \(asOf?.iso ?? "that day")")
            }
            let evidence = try env.store.evidence(commitment: id)
                .filter { e in asOf.map { day in e.validDate.map { $0 <= day } ?? true } ?? true }
            let history = try env.store.history(commitment: id)
            var members = Table(columns: Rows.commitmentColumns, rows: [Rows.commitment(record)]).objects()[0]
            if case .object(var fields) = members {
                fields.append(("evidence", .array(Table(columns: Rows.evidenceColumns, rows: evidence.map(Rows.evidence)).objects())))
                fields.append(("history", .array(Table(columns: Rows.entryColumns, rows: history.map(Rows.entry)).objects())))
                members = .object(fields)
            }
            return Responses.json(members)
        }
        return routes
    }
}
