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

    init() throws {
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

    var config: ServerConfig { ServerConfig(databasePath: path, port: 0, maxBodyBytes: 4096) }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Runs `body` against the app in-process, then removes the ledger.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = try buildApplication(config)
        try await app.test(.router, body)
    }
}

struct Reply {
    var status: HTTPResponse.Status
    var contentType: String
    var body: String
    var location: String?
}

extension TestClientProtocol {
    func get(_ uri: String) async throws -> Reply {
        try await execute(uri: uri, method: .get) { response in
            Reply(status: response.status, contentType: response.headers[.contentType] ?? "",
                  body: String(buffer: response.body), location: response.headers[.location])
        }
    }

    func post(_ uri: String, form: String) async throws -> Reply {
        try await execute(uri: uri, method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                          body: ByteBuffer(string: form)) { response in
            Reply(status: response.status, contentType: response.headers[.contentType] ?? "",
                  body: String(buffer: response.body), location: response.headers[.location])
        }
    }

    /// GET returning parsed JSON (an object).
    func json(_ uri: String) async throws -> [String: Any] {
        let reply = try await get(uri)
        let object = try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any]
        return try #require(object, "\(uri) did not answer a JSON object: \(reply.body.prefix(200))")
    }
}
