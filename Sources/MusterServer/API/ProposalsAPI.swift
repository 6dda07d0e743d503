import Foundation
import Hummingbird
import MusterCore
import MusterStore

/// `POST /api/v1/proposals`: a proposed change to a party's commitments, with its evidence.
///
/// This is what "propose" means in Muster: the body is a document (its source, title, date and
/// text) and one commitment claim in the claims.md format whose quote occurs in the text. The
/// ledger records the document and the claim as pending, attributed to the account; nothing in
/// the commitments changes until a reviewer accepts it in the review queue. A liaison for FR
/// may propose claims whose actor is FR only.
struct ProposalsAPI {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("/api/v1/proposals") { request, context in try await propose(request, context) }
        return routes
    }

    func propose(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        // Anyone who may not propose for any actor is refused before the body is read.
        guard context.identity != nil else { throw ServerError.unauthorized }
        let body = try await JSONBody.read(request, limit: env.config.maxBodyBytes)
        guard let claimObject = body.object["claim"] as? [String: Any] else {
            throw ServerError.badParameter("claim", "expected a commitment claim object (see claims.md)")
        }
        let claim: Claim
        do {
            claim = try JSONDecoder().decode(Claim.self, from: JSONSerialization.data(withJSONObject: claimObject))
        } catch {
            throw ServerError.badParameter("claim", "not a claim in the claims.md format")
        }
        guard case .commitment(let commitment) = claim else {
            throw ServerError.badParameter("claim", "only commitment claims can be proposed")
        }
        let account = try context.require(.propose(commitment.actor))
        guard let source = try body.string("source", maxLength: 2000) else {
            throw ServerError.badParameter("source", "where the text comes from (a URL or a reference)")
        }
        guard let text = try body.string("text", maxLength: env.config.maxBodyBytes) else {
            throw ServerError.badParameter("text", "the text the claim is read from")
        }
        guard !commitment.quote.isEmpty, text.contains(commitment.quote) else {
            throw ServerError.badParameter("claim", "the claim's quote must occur verbatim in text")
        }
        var published: Day?
        if let day = try body.string("published") {
            guard let parsed = Day(iso: day) else { throw ServerError.badParameter("published", "expected YYYY-MM-DD") }
            published = parsed
        }
        let outcome = try env.store.ingest(
            NewDocument(bytes: Array(text.utf8), source: source, title: try body.string("title", maxLength: 300),
                        published: published, text: text),
            claims: [claim], by: account.name, acceptAs: nil)
        guard !outcome.duplicate else {
            throw ServerError.conflict("this text is already in the ledger as document \(outcome.documentID)")
        }
        return Responses.json(.object([
            ("document_id", .number(Double(outcome.documentID))),
            ("claim_id", .number(Double(outcome.claimIDs.first ?? 0))),
            ("state", .string(ReviewState.pending.rawValue)), ("proposed_by", .string(account.name)),
        ]), status: .created)
    }
}
