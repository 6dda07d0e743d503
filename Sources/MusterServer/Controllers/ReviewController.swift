import Foundation
import Hummingbird
import MusterCore
import MusterStore

/// `/review`: the pending claims, each with plain-HTML forms to accept, correct or reject it.
/// Every form POSTs and redirects back (303), so the queue works without scripts and a
/// reload never repeats a decision.
struct ReviewController {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/review") { request, context in try queue(request, context) }
        routes.post("/review/{id}/accept") { request, context in
            try await decide(request, context, id: context.parameters.require("id"), decision: .accept)
        }
        routes.post("/review/{id}/correct") { request, context in
            try await decide(request, context, id: context.parameters.require("id"), decision: .correct)
        }
        routes.post("/review/{id}/reject") { request, context in
            try await decide(request, context, id: context.parameters.require("id"), decision: .reject)
        }
        return routes
    }

    enum Decision { case accept, correct, reject }

    func queue(_ request: Request, _ context: AppRequestContext) throws -> Response {
        let query = QueryParameters(request)
        let state = try env.state(request, context)
        let limit = try query.limit(default: 25)
        // Least confident first (the extractor's learned score), so the claims most likely wrong
        // are read while the reviewer is fresh; unscored ones last.
        let page = try env.store.reviewQueue(after: try query.reviewCursor(), limit: limit + 1)
        // One query for the page's titles: in confidence order a page's claims come from many documents.
        let titles = try env.store.documentTitles(Set(page.prefix(limit).map(\.documentID)))
        let items: [[String: Any]] = page.prefix(limit).enumerated().map { index, stored in
            var item = Views.claim(stored)
            item["documentTitle"] = (titles[stored.documentID] ?? nil) ?? "Document \(stored.documentID)"
            item["first"] = index == 0
            if case .commitment(let c) = stored.claim {
                item["isCommitment"] = true
                item["actorValue"] = c.actor.rawValue
                item["categories"] = Views.selectOptions(MusterCore.Category.allCases, selected: c.category)
                item["statuses"] = Views.selectOptions(CommitmentStatus.allCases, selected: c.status)
                item["amountValue"] = c.amount.map { $0.value == $0.value.rounded() ? String(Int64($0.value)) : String($0.value) } ?? ""
                item["amountUnit"] = c.amount?.unit ?? ""
            }
            return item
        }
        var data: [String: Any] = ["claims": items, "hasClaims": !items.isEmpty, "canReview": context.allows(.review)]
        if let done = query.string("done") { data["done"] = done }
        if page.count > limit, let last = page.prefix(limit).last {
            data["next"] = "/review?cursor=\(ReviewQueueCursor(after: last).token)&limit=\(limit)"
        }
        return env.pages.page("review", title: "Review queue", state: state, data: data)
    }

    func decide(_ request: Request, _ context: AppRequestContext, id text: String, decision: Decision) async throws
        -> Response
    {
        // The decision is recorded as made by the signed-in account, never by a form field.
        let reviewer = try context.require(.review).name
        guard let id = Int64(text), id > 0, let stored = try env.store.claim(id: id) else {
            throw ServerError.notFound("no claim with id \(text)")
        }
        // The queue decides pending claims only: a form sent twice (a double click, a stale
        // tab) must not silently overturn a decision. Re-reviews go through `muster review`.
        guard stored.state == .pending else {
            throw ServerError.conflict("claim \(id) is already \(stored.state.rawValue)")
        }
        let form = try await FormData.read(request, limit: env.config.maxBodyBytes)
        let reason = form["reason"]
        if let reason, reason.count > 2000 { throw ServerError.badParameter("reason", "at most 2000 characters") }
        let done: String
        switch decision {
        case .accept:
            try env.store.accept(claim: id, reviewer: reviewer, reason: reason, correction: nil, target: .match)
            done = "accepted"
        case .reject:
            guard let reason else { throw ServerError.badParameter("reason", "a rejection needs a reason") }
            try env.store.reject(claim: id, reviewer: reviewer, reason: reason)
            done = "rejected"
        case .correct:
            let correction = try Self.correction(of: stored.claim, from: form)
            try env.store.accept(claim: id, reviewer: reviewer, reason: reason ?? "corrected in review",
                                 correction: correction, target: .match)
            done = "corrected"
        }
        return Response.redirect(to: "/review?done=\(done)%20claim%20\(id)", type: .normal)
    }

    /// The claim with the reviewer's actor, category, status and amount.
    static func correction(of claim: Claim, from form: FormData) throws -> Claim {
        guard case .commitment(var c) = claim else {
            throw ServerError.badParameter("claim", "only commitment claims can be corrected here")
        }
        if let actor = form["actor"] {
            let code = ActorCode(actor.uppercased())
            guard KnownActors.contains(code) else { throw ServerError.badParameter("actor", "unknown actor code") }
            c.actor = code
        }
        if let category = form["category"] {
            guard let value = MusterCore.Category(rawValue: category) else {
                throw ServerError.badParameter("category", "unknown category")
            }
            c.category = value
        }
        if let status = form["status"] {
            guard let value = CommitmentStatus(rawValue: status) else { throw ServerError.badParameter("status", "unknown status") }
            c.status = value
        }
        if let amount = form["amount"] {
            guard let value = Double(amount.replacingOccurrences(of: ",", with: "")), value >= 0, value.isFinite else {
                throw ServerError.badParameter("amount", "expected a number")
            }
            guard let unit = form["unit"], !unit.isEmpty, unit.count <= 40 else {
                throw ServerError.badParameter("unit", "an amount needs a unit (EUR, USD, troops, …)")
            }
            c.amount = Quantity(value: value, unit: unit, qualifier: c.amount?.qualifier ?? .exact)
        } else {
            c.amount = nil
        }
        return .commitment(c)
    }
}
