import Hummingbird
import MusterCore
import MusterStore

/// `/api/v1/coalitions`: one row per member (coalition id and name, actor, joined); with
/// `?as_of=`, only members who had joined by then.
struct CoalitionsAPI {
    let env: ServerEnvironment

    static let columns = ["coalition_id", "coalition", "actor", "joined"]

    var routes: RouteCollection<BasicRequestContext> {
        let routes = RouteCollection(context: BasicRequestContext.self)
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
        return routes
    }
}
