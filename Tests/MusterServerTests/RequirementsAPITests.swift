import Foundation
import Hummingbird
import HummingbirdTesting
import MusterCore
@testable import MusterServer
import MusterStore
import Testing

@Suite("Coalition requirements and gaps over the API")
struct RequirementsAPITests {
    static let body = #"{"category": "financial", "amount": 2000000000, "unit": "EUR", "note": "budget", "valid_from": "2025-03-01"}"#

    @Test func editorSetsARequirementAndEveryoneReadsTheGap() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        let id = server.coalitionID
        let editor = try server.token(try server.addAccount("eve", .editor).name)
        let viewer = try server.token(try server.addAccount("vic", .viewer).name)
        try await server.test { client in
            var headers: HTTPFields = [.contentType: "application/json", .authorization: "Bearer \(editor)"]
            let put = try await client.execute(uri: "/api/v1/coalitions/\(id)/requirements", method: .put,
                                               headers: headers, body: ByteBuffer(string: Self.body)) { Reply($0) }
            #expect(put.status == .ok, "\(put.body)")
            #expect(put.body.contains(#""valid_from":"2025-03-01""#))

            headers[.authorization] = "Bearer \(viewer)"
            let gaps = try await client.execute(uri: "/api/v1/coalitions/\(id)/gaps", method: .get,
                                                headers: headers) { Reply($0) }
            #expect(gaps.status == .ok)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(gaps.body.utf8)) as? [String: Any])
            let rows = try #require(object["data"] as? [[String: Any]])
            #expect(rows.count == 1)
            // The seeded Dutch pledge of €500 million is the only firm financial commitment.
            #expect(rows.first?["required"] as? Int == 2_000_000_000)
            #expect(rows.first?["pledged"] as? Int == 500_000_000)
            #expect(rows.first?["shortfall"] as? Int == 1_500_000_000)
            #expect(rows.first?["note"] as? String == "budget")

            // Before the requirement applied, none; as of 2025-03-01 the pledge of that day counts.
            let early = try await client.execute(uri: "/api/v1/coalitions/\(id)/gaps?as_of=2025-02-28", method: .get,
                                                 headers: headers) { Reply($0) }
            #expect(early.body.contains(#""data":[]"#))

            // Refusals: bad input 400, unknown coalition 404, a viewer 403.
            let bad = try await client.postJSON("/api/v1/coalitions/\(id)/requirements",
                                                #"{"category": "nothing", "amount": 1, "unit": "x"}"#, token: editor)
            #expect(bad.status == .badRequest)
            let negative = try await client.postJSON("/api/v1/coalitions/\(id)/requirements",
                                                     #"{"category": "troops", "amount": -5, "unit": "troops"}"#,
                                                     token: editor)
            #expect(negative.status == .badRequest)
            let missing = try await client.postJSON("/api/v1/coalitions/999/requirements", Self.body, token: editor)
            #expect(missing.status == .notFound)
            let forbidden = try await client.postJSON("/api/v1/coalitions/\(id)/requirements", Self.body, token: viewer)
            #expect(forbidden.status == .forbidden)
        }
    }

    @Test func browserWritesNeedTheCSRFToken() async throws {
        let server = try TestServer(isPublic: false)
        defer { server.remove() }
        let id = server.coalitionID
        _ = try server.addAccount("eve", .editor)
        let seq = try server.store.latestSeq()
        try await server.test { client in
            let browser = try await client.signIn("eve")
            let headers: HTTPFields = [.contentType: "application/json", .cookie: browser.cookie]
            let without = try await client.execute(uri: "/api/v1/coalitions/\(id)/requirements", method: .post,
                                                   headers: headers, body: ByteBuffer(string: Self.body)) { Reply($0) }
            #expect(without.status == .forbidden)
            var withToken = headers
            withToken[AuthMiddleware.csrfHeader] = browser.csrf
            let with = try await client.execute(uri: "/api/v1/coalitions/\(id)/requirements", method: .post,
                                                headers: withToken, body: ByteBuffer(string: Self.body)) { Reply($0) }
            #expect(with.status == .created, "\(with.body)")
        }
        #expect(try server.store.latestSeq() == seq + 1)
    }

    @Test func overviewShowsTheGaps() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try server.store.setRequirement(coalition: "Coalition of the willing", category: .financial,
                                        amount: Quantity(value: 2_000_000_000, unit: "EUR"), note: "budget <support>",
                                        validFrom: Day(iso: "2025-03-01"), by: "test")
        try await server.test { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.body.contains("Requirements and gaps"))
            #expect(page.body.contains("€1.5 bn"), "the shortfall after the Dutch €500 million")
            #expect(page.body.contains("budget &lt;support&gt;"))
            let before = try await client.get("/?as_of=2025-02-01")
            #expect(!before.body.contains("Requirements and gaps"))
        }
    }
}
