import Hummingbird
import MusterCore
import MusterStore

/// `GET /api/v1/me` (who the request is authenticated as) and `GET /api/v1/accounts` (admins
/// only). Accounts are created and changed with `muster user`; the API never shows a hash.
struct AccountsAPI {
    let env: ServerEnvironment
    static let columns = ["name", "role", "created_at", "removed_at"]

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let store = env.accounts.store
        routes.get("/api/v1/me") { _, context in
            guard let identity = context.identity else { throw ServerError.unauthorized }
            return Responses.json(.object([
                ("name", .string(identity.account.name)), ("role", .string(identity.account.role.description)),
                ("via", .string(identity.session == nil ? "token" : "session")),
            ]))
        }
        routes.get("/api/v1/accounts") { _, context in
            try context.require(.manageAccounts)
            let rows: [[JSONValue]] = try store.accounts().map { account in
                [.string(account.name), .string(account.role.description), .string(account.createdAt),
                 JSONValue(account.removedAt)]
            }
            return Responses.json(Table(columns: Self.columns, rows: rows).page(nextCursor: nil))
        }
        return routes
    }
}
