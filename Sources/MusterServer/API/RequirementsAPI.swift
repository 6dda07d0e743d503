import Foundation
import Hummingbird
import MusterCore
import MusterStore

/// `/api/v1/coalitions/{id}/requirements` (`PUT` or `POST`, editors and admins) records what a
/// coalition needs in a category: `{"category": "troops", "amount": 25000, "unit": "troops",
/// "note": "…", "valid_from": "2025-09-01"}`. `/api/v1/coalitions/{id}/gaps` (`?as_of=`) gives
/// each requirement in force against what the members have pledged and delivered.
struct RequirementsAPI {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let env = self.env
        routes.get("/api/v1/coalitions/{id}/gaps") { request, context in
            let name = try Self.coalitionName(context, env: env)
            let asOf = try QueryParameters(request).asOf()
            let text = try env.cached(request) {
                let gaps = try env.store.gaps(coalition: name, asOf: asOf)
                return JSONValue.object([("coalition", .string(name)), ("as_of", JSONValue(asOf)),
                                         ("data", .array(gaps.map(\.json)))]).serialized() + "\n"
            }
            return Responses.text(text, contentType: "application/json")
        }
        // PUT says "set it" (200); POST, like the other writes, answers 201. Both append an entry.
        routes.put("/api/v1/coalitions/{id}/requirements") { request, context in
            try await set(request, context, status: .ok)
        }
        routes.post("/api/v1/coalitions/{id}/requirements") { request, context in
            try await set(request, context, status: .created)
        }
        return routes
    }

    static func coalitionName(_ context: AppRequestContext, env: ServerEnvironment) throws -> String {
        let text = try context.parameters.require("id")
        guard let id = Int64(text), let coalition = try env.store.coalitions().first(where: { $0.id == id }) else {
            throw ServerError.notFound("no coalition with id \(text)")
        }
        return coalition.name
    }

    func set(_ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status) async throws -> Response {
        let account = try context.require(.editCoalitions)
        let name = try Self.coalitionName(context, env: env)
        let body = try await JSONBody.read(request, limit: env.config.maxBodyBytes)
        guard let categoryText = try body.string("category"), let category = MusterCore.Category(rawValue: categoryText)
        else {
            throw ServerError.badParameter("category", "one of " + MusterCore.Category.allCases.map(\.rawValue)
                .joined(separator: ", "))
        }
        guard let number = body.object["amount"] as? NSNumber, !(body.object["amount"] is Bool),
              number.doubleValue > 0, number.doubleValue.isFinite else {
            throw ServerError.badParameter("amount", "a positive number")
        }
        guard let unit = try body.string("unit", maxLength: 40) else {
            throw ServerError.badParameter("unit", "a plural noun (troops) or an ISO 4217 currency (EUR)")
        }
        var validFrom: Day?
        if let day = try body.string("valid_from") {
            guard let parsed = Day(iso: day) else { throw ServerError.badParameter("valid_from", "expected YYYY-MM-DD") }
            validFrom = parsed
        }
        let requirement = try env.store.setRequirement(
            coalition: name, category: category, amount: Quantity(value: number.doubleValue, unit: unit),
            note: try body.string("note", maxLength: 500), validFrom: validFrom, by: account.name)
        return Responses.json(.object([
            ("coalition", .string(name)), ("category", .string(requirement.category.rawValue)),
            ("amount", .number(requirement.amount.value)), ("unit", .string(requirement.amount.unit)),
            ("note", JSONValue(requirement.note)), ("valid_from", .string(requirement.validFrom.iso)),
        ]), status: status)
    }
}
