import Foundation
import Hummingbird
import HummingbirdTesting
import MusterCore
@testable import MusterServer
import MusterStore
import Testing

/// A ledger file in a fresh temporary directory with a few documents, claims and a coalition,
/// and the app serving it.
struct TestServer {
    let directory: URL
    let path: String
    let store: SQLiteLedgerStore
    /// Claim ids by name, as seeded.
    var claims: [String: Int64] = [:]
    var documents: [String: Int64] = [:]

    static let parisText = """
        Leaders met in Paris.

        France will send troops to Ukraine as part of a reassurance force.

        Germany has delivered four IRIS-T systems to Ukraine.
        """
    static let scriptText = "Notes <script>alert('x')</script> & more.\n\nDenmark may train pilots for Ukraine."

    /// Whether the app runs as `muster serve --public` (the page and API tests read anonymously).
    var isPublic = true

    init(isPublic: Bool = true) throws {
        self.isPublic = isPublic
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("muster-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("ledger.sqlite").path
        store = try SQLiteLedgerStore(path: path)

        let paris = try store.ingest(
            NewDocument(bytes: Array(Self.parisText.utf8), source: "https://example.org/paris", title: "Paris meeting",
                        published: Day(iso: "2025-09-04"), text: Self.parisText),
            claims: [
                Self.pledge("FR", .troops, .pledged, object: "reassurance force",
                            quote: "France will send troops to Ukraine as part of a reassurance force."),
                Self.pledge("DE", .airDefense, .delivered, amount: Quantity(value: 4, unit: "systems"), object: "IRIS-T systems",
                            quote: "Germany has delivered four IRIS-T systems to Ukraine."),
            ], by: "test", acceptAs: "test")
        documents["paris"] = paris.documentID
        claims["fr"] = paris.claimIDs[0]
        claims["de"] = paris.claimIDs[1]

        let money = "The Netherlands pledged €500 million for Ukraine."
        let earlier = try store.ingest(
            NewDocument(bytes: Array(money.utf8), source: "https://example.org/nl", title: "Dutch money",
                        published: Day(iso: "2025-03-01"), text: money),
            claims: [Self.pledge("NL", .financial, .pledged, amount: Quantity(value: 500_000_000, unit: "EUR"),
                                 quote: money)],
            by: "test", acceptAs: "test")
        documents["nl"] = earlier.documentID

        let script = try store.ingest(
            NewDocument(bytes: Array(Self.scriptText.utf8), source: "javascript:alert(1)", title: "<b>Bold</b> title",
                        published: Day(iso: "2025-09-10"), text: Self.scriptText),
            claims: [Self.pledge("DK", .training, .considering, object: "pilot training",
                                 quote: "Denmark may train pilots for Ukraine.")],
            by: "test", acceptAs: nil)
        documents["script"] = script.documentID
        claims["dk"] = script.claimIDs[0]

        let pendingText = "Italy will send de-mining equipment to Ukraine. Spain is considering a loan."
        let pending = try store.ingest(
            NewDocument(bytes: Array(pendingText.utf8), source: "https://example.org/it", title: "Italy and Spain",
                        published: Day(iso: "2025-09-12"), text: pendingText),
            claims: [Self.pledge("IT", .equipment, .pledged, quote: "Italy will send de-mining equipment to Ukraine."),
                     Self.pledge("ES", .financial, .considering, quote: "Spain is considering a loan.")],
            by: "test", acceptAs: nil)
        documents["pending"] = pending.documentID
        claims["it"] = pending.claimIDs[0]
        claims["es"] = pending.claimIDs[1]

        _ = try store.addCoalition(name: "Coalition of the willing",
                                   members: ["FR", "DE", "NL", "DK", "IT", "ES", "GB"].map {
                                       CoalitionMember(actor: ActorCode($0), joined: Day(iso: "2025-03-02"))
                                   }, by: "test")
    }

    static func pledge(_ actor: String, _ category: MusterCore.Category, _ status: CommitmentStatus,
                       amount: Quantity? = nil, object: String? = nil, quote: String) -> Claim {
        .commitment(Commitment(actor: ActorCode(actor), recipient: "UA", category: category, status: status,
                               amount: amount, object: object, quote: quote))
    }

    /// A pending document whose two claims carry the extractor's confidence: Greece's (0.27)
    /// before Poland's (0.83) in the review queue, both before the unscored fixtures.
    @discardableResult
    func addScoredDocument() throws -> IngestOutcome {
        let text = "Poland will send 40 tanks to Ukraine. Greece may offer a frigate."
        return try store.ingest(
            NewDocument(bytes: Array(text.utf8), source: "https://example.org/scored", title: "Scored",
                        published: Day(iso: "2025-09-13"), text: text),
            claims: [Self.pledge("PL", .equipment, .pledged, quote: "Poland will send 40 tanks to Ukraine."),
                     Self.pledge("GR", .equipment, .considering, quote: "Greece may offer a frigate.")],
            confidences: [0.83, 0.27], by: "test", acceptAs: nil)
    }

    var config: ServerConfig {
        ServerConfig(databasePath: path, port: 0, maxBodyBytes: 4096, isPublic: isPublic, sessionSecret: "test secret",
                     loginLimit: LoginLimit(failures: 5, window: 900))
    }

    /// bcrypt at its lowest cost: the tests check who may do what, not bcrypt's speed.
    var accounts: AccountService { AccountService(store: store.accounts, bcryptCost: 4) }

    static let password = "correct horse battery"

    /// Adds an account with `TestServer.password`.
    @discardableResult
    func addAccount(_ name: String, _ role: Role) throws -> Account {
        try accounts.addUser(name: name, role: role, password: Self.password)
    }

    /// A new API token for `name`.
    func token(_ name: String) throws -> String { try accounts.createToken(account: name, label: "test").secret }

    /// The seeded coalition's id (0, which no route finds, if it is missing).
    var coalitionID: Int64 { (try? store.coalitions().first?.id) ?? 0 }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Runs `body` against the app in-process, then removes the ledger.
    func test(config: ServerConfig? = nil, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void)
        async throws
    {
        let app = try buildApplication(config ?? self.config)
        try await app.test(.router, body)
    }
}

struct Reply {
    var status: HTTPResponse.Status
    var contentType: String
    var body: String
    var location: String?
    var headers: HTTPFields = [:]

    init(_ response: TestResponse) {
        status = response.status
        contentType = response.headers[.contentType] ?? ""
        body = String(buffer: response.body)
        location = response.headers[.location]
        headers = response.headers
    }

    /// The `Set-Cookie` header for cookie `name`, whole (value and attributes).
    func setCookie(_ name: String) -> String? {
        headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }

    /// The value of the first `name="csrf" value="…"` field on the page.
    var csrf: String? {
        guard let range = body.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(body[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// A signed-in browser: the session cookie it sends and the CSRF token its pages carry.
struct BrowserSession: Sendable {
    var cookie: String
    var csrf: String
}

extension TestClientProtocol {
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Reply {
        try await execute(uri: uri, method: .get, headers: headers) { Reply($0) }
    }

    func post(_ uri: String, form: String, headers: HTTPFields = [:]) async throws -> Reply {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: form)) { Reply($0) }
    }

    /// POST of a JSON body with `Authorization: Bearer token`.
    func postJSON(_ uri: String, _ json: String, token: String?) async throws -> Reply {
        var headers: HTTPFields = [.contentType: "application/json"]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: json)) { Reply($0) }
    }

    /// Signs in through the form as a browser does: the sign-in page's cookie and CSRF token,
    /// then the session cookie and the CSRF token of the pages behind it.
    func signIn(_ name: String, password: String = TestServer.password) async throws -> BrowserSession {
        let form = try await get("/login")
        let loginCookie = try #require(form.setCookie("muster_login")?.split(separator: ";").first.map(String.init))
        let token = try #require(form.csrf)
        let reply = try await post("/login", form: "csrf=\(token)&name=\(name)&password=\(password.replacingOccurrences(of: " ", with: "+"))&next=/review",
                                   headers: [.cookie: loginCookie])
        #expect(reply.status == .seeOther, "sign-in as \(name) failed: \(reply.status)")
        let session = try #require(reply.setCookie("muster_session")?.split(separator: ";").first.map(String.init))
        let page = try await get("/review", headers: [.cookie: session])
        return BrowserSession(cookie: session, csrf: try #require(page.csrf))
    }

    /// GET returning parsed JSON (an object).
    func json(_ uri: String) async throws -> [String: Any] {
        let reply = try await get(uri)
        let object = try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any]
        return try #require(object, "\(uri) did not answer a JSON object: \(reply.body.prefix(200))")
    }
}
