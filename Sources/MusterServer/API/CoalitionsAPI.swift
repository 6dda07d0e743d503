import Hummingbird
import MusterCore
import MusterStore

/// `/api/v1/coalitions`: one row per member (coalition id and name, actor, joined); with
/// `?as_of=`, only members who had joined by then. `POST` (editors and admins) creates a
/// coalition or adds members: `{"name": "…", "members": ["FR", "DE"], "joined": "2025-03-02"}`.
struct CoalitionsAPI {
    let env: ServerEnvironment

    static let columns = ["coalition_id", "coalition", "actor", "joined"]

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        let env = self.env
        let store = env.store
        ListRoute.add(routes, "/api/v1/coalitions", name: "coalitions", env: env) { request in
            let asOf = try request.query.asOf()
            let rows: [[JSONValue]] = try store.coalitions().flatMap { coalition in
                coalition.members.filter { member in asOf.map { day in member.joined.map { $0 <= day } ?? true } ?? true }
                    .map { [Rows.id(coalition.id), .string(coalition.name), .string($0.actor.rawValue), JSONValue($0.joined)] }
            }
            return (Table(columns: Self.columns, rows: rows), nil)
        }
        routes.post("/api/v1/coalitions") { request, context in try await add(request, context) }
        return routes
    }

    func add(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let account = try context.require(.editCoalitions)
        let body = try await JSONBody.read(request, limit: env.config.maxBodyBytes)
        guard let name = try body.string("name", maxLength: 200) else {
            throw ServerError.badParameter("name", "the coalition's name")
        }
        guard let codes = body.object["members"] as? [String], !codes.isEmpty else {
            throw ServerError.badParameter("members", "a non-empty list of actor codes")
        }
        var joined: Day?
        if let day = try body.string("joined") {
            guard let parsed = Day(iso: day) else { throw ServerError.badParameter("joined", "expected YYYY-MM-DD") }
            joined = parsed
        }
        let members = try codes.map { code in
            let actor = ActorCode(code.uppercased())
            guard KnownActors.contains(actor) else { throw ServerError.badParameter("members", "unknown actor code \(code)") }
            return CoalitionMember(actor: actor, joined: joined)
        }
        let id = try env.store.addCoalition(name: name, members: members, by: account.name)
        return Responses.json(.object([("coalition_id", .number(Double(id))), ("name", .string(name)),
                                       ("members_added", .number(Double(members.count)))]), status: .created)
    }
}
