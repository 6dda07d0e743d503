import Hummingbird
import MusterCore
import MusterStore

/// `/commitments/{id}`: one commitment, its ledger history, and each piece of evidence with
/// its quote marked in the paragraph of the document it comes from.
struct CommitmentController {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/commitments/{id}") { request, context in
            try commitment(request, context, id: context.parameters.require("id"))
        }
        return routes
    }

    func commitment(_ request: Request, _ context: AppRequestContext, id text: String) throws -> Response {
        guard let id = Int64(text), id > 0, let current = try env.store.commitment(id: id) else {
            throw ServerError.notFound("no commitment with id \(text)")
        }
        let state = try env.state(request, context)
        let record = try env.commitment(id: id, asOf: state.asOf)
        var documents: [Int64: StoredDocument] = [:]
        let evidence: [[String: Any]] = try env.store.evidence(commitment: id).compactMap { item in
            if let asOf = state.asOf, let day = item.validDate, day > asOf { return nil }
            if documents[item.documentID] == nil { documents[item.documentID] = try env.store.document(id: item.documentID) }
            let document = documents[item.documentID]
            var out: [String: Any] = [
                "claimID": item.claimID, "date": item.validDate?.iso ?? "", "status": item.status.rawValue,
                "source": item.source, "documentLink": "/documents/\(item.documentID)#claim-\(item.claimID)",
                "documentTitle": document?.title ?? "Document \(item.documentID)", "retracted": item.retracted,
                "excerpt": Highlighting.excerpt(of: document?.text ?? "", around: item.quote).map(\.context),
            ]
            if let reviewer = item.reviewer { out["reviewer"] = reviewer }
            return out
        }
        let history = try env.store.history(commitment: id)
            .filter { entry in state.asOf.map { asOf in entry.validDate.map { $0 <= asOf } ?? true } ?? true }
            .map { Views.entry($0, asOfQuery: "") }
        let shown = record ?? current
        return env.pages.page("commitment", title: "Commitment \(id)", state: state, data: [
            "commitment": Views.commitment(shown, asOfQuery: state.asOfQuery), "existed": record != nil,
            "evidence": evidence, "hasEvidence": !evidence.isEmpty, "history": history,
        ])
    }
}
