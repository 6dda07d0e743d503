import Foundation
import Hummingbird
import HummingbirdTesting
import MusterCore
@testable import MusterServer
@testable import MusterStore
import Testing

/// The app served from PostgreSQL answers exactly as it does from SQLite: the test ledger is
/// copied into a fresh schema on MUSTER_TEST_POSTGRES_URL and every route below must give the
/// same body on both. Skipped (with the reason) without a server; failing when
/// MUSTER_REQUIRE_POSTGRES=1 and there is none.
@Suite struct PostgresServerTests {
    static var url: String? {
        let value = ProcessInfo.processInfo.environment["MUSTER_TEST_POSTGRES_URL"] ?? ""
        return value.isEmpty ? nil : value
    }

    static var required: Bool { ProcessInfo.processInfo.environment["MUSTER_REQUIRE_POSTGRES"] == "1" }

    struct NoServer: Error, CustomStringConvertible {
        var description: String { "MUSTER_REQUIRE_POSTGRES=1 but MUSTER_TEST_POSTGRES_URL is unset" }
    }

    static let routes = [
        "/api/v1/summary", "/api/v1/summary?as_of=2025-06-01", "/api/v1/commitments",
        "/api/v1/commitments?as_of=2025-06-01", "/api/v1/commitments?actor=DE&category=air_defense",
        "/api/v1/documents", "/api/v1/claims", "/api/v1/claims?state=pending", "/api/v1/actors",
        "/api/v1/actors/fr", "/api/v1/coalitions", "/api/v1/commitments.csv", "/", "/review", "/actors/FR",
    ]

    @Test(.enabled(if: url != nil || required,
                   "MUSTER_TEST_POSTGRES_URL is unset: the app is not tested on PostgreSQL (eval \"$(scripts/pg-throwaway.sh start)\" to run it)"))
    func everyRouteAnswersTheSameOnPostgres() async throws {
        guard let base = Self.url else { throw NoServer() }
        let server = try TestServer()
        defer { server.remove() }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema
        let postgres = try PostgresLedgerStore(url: url)
        defer { try? postgres.dropSchema() }
        _ = try LedgerCopy.copy(from: server.store, to: postgres)

        func bodies(_ databasePath: String) async throws -> [String] {
            let app = try buildApplication(ServerConfig(databasePath: databasePath, port: 0, maxBodyBytes: 4096,
                                                         isPublic: true))
            let collected = Collected()
            try await app.test(.router) { client in
                for route in Self.routes { collected.append(try await client.get(route)) }
                let search = try await client.get("/search?q=iris")
                #expect(search.status == .ok && search.body.contains("IRIS-T systems"), "search on \(databasePath)")
            }
            return collected.replies.map { "\($0.status.code) \($0.body)" }
        }
        let fromSQLite = try await bodies(server.path)
        let fromPostgres = try await bodies(url)
        for (route, (sqlite, postgres)) in zip(Self.routes, zip(fromSQLite, fromPostgres)) {
            #expect(sqlite.hasPrefix("200 "), "\(route) on SQLite")
            #expect(sqlite == postgres, "\(route) differs between SQLite and PostgreSQL")
        }
    }
}

extension PostgresServerTests {
    /// Accounts live in the PostgreSQL database too: without --public an anonymous read is
    /// refused, a token created on the PostgreSQL ledger is accepted, and revoking it there
    /// shuts it out again.
    @Test(.enabled(if: url != nil || required,
                   "MUSTER_TEST_POSTGRES_URL is unset: accounts are not tested on PostgreSQL"))
    func tokensAndAccountsWorkOnPostgres() async throws {
        guard let base = Self.url else { throw NoServer() }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let url = base + (base.contains("?") ? "&" : "?") + "schema=" + schema
        let postgres = try PostgresLedgerStore(url: url)
        defer { try? postgres.dropSchema() }
        let service = AccountService(store: postgres.accounts, bcryptCost: 4)
        _ = try service.addUser(name: "bot", role: .viewer, password: "a long enough password")
        let created = try service.createToken(account: "bot", label: "test")
        let app = try buildApplication(ServerConfig(databasePath: url, port: 0, maxBodyBytes: 4096))
        try await app.test(.router) { client in
            #expect(try await client.get("/api/v1/summary").status == .unauthorized)
            let bearer: HTTPFields = [.authorization: "Bearer \(created.secret)"]
            #expect(try await client.get("/api/v1/summary", headers: bearer).status == .ok)
            try postgres.accounts.revokeToken(id: created.token.id)
            #expect(try await client.get("/api/v1/summary", headers: bearer).status == .unauthorized)
        }
        // The session secret the server generated is kept in the PostgreSQL database.
        #expect(try postgres.accounts.setting("session_secret") != nil)
    }
}

/// Replies gathered inside the test client's closure.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Reply] = []
    func append(_ reply: Reply) { lock.withLock { items.append(reply) } }
    var replies: [Reply] { lock.withLock { items } }
}
