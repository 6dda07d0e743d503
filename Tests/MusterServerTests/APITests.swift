import Foundation
import Hummingbird
import HummingbirdTesting
import MusterCore
import GRDB
import MusterStore
import Testing

@Suite("JSON API")
struct APITests {
    @Test func documentsPageByCursor() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            var ids: [Int] = []
            var uri = "/api/v1/documents?limit=1"
            for _ in 0..<10 {
                let page = try await client.json(uri)
                let data = try #require(page["data"] as? [[String: Any]])
                #expect(data.count <= 1)
                ids += data.compactMap { $0["id"] as? Int }
                guard let next = page["next_cursor"] as? String else { break }
                uri = "/api/v1/documents?limit=1&cursor=\(next)"
            }
            #expect(ids == [1, 2, 3, 4])
            let one = try await client.json("/api/v1/documents/\(server.documents["paris"]!)")
            #expect(one["title"] as? String == "Paris meeting")
            #expect((one["text"] as? String)?.contains("reassurance force") == true)
            #expect((one["claims"] as? [[String: Any]])?.count == 2)
            let before = try await client.json("/api/v1/documents?as_of=2025-06-01")
            #expect((before["data"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test func theReviewQueueListsTheLeastConfidentFirstPageByPage() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try server.addScoredDocument()
        try await server.test { client in
            var actors: [String] = []
            var confidences: [Double?] = []
            var uri = "/api/v1/review?limit=2"
            var pages = 0
            while pages < 10 {
                let page = try await client.json(uri)
                let rows = try #require(page["data"] as? [[String: Any]])
                actors += rows.compactMap { $0["actor"] as? String }
                confidences += rows.map { $0["confidence"] as? Double }
                pages += 1
                guard let next = page["next_cursor"] as? String else { break }
                uri = "/api/v1/review?limit=2&cursor=\(next)"
            }
            // Scored claims by confidence, then the unscored ones (fixtures without a score) by id.
            #expect(actors == ["GR", "PL", "DK", "IT", "ES"])
            #expect(confidences.prefix(2).map { $0 } == [0.27, 0.83])
            #expect(pages == 3)
            let bad = try await client.get("/api/v1/review?cursor=2s")
            #expect(bad.status == .badRequest)
        }
    }

    @Test func claimsFilterByStateAndDocument() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let pending = try await client.json("/api/v1/claims?state=pending")
            let rows = try #require(pending["data"] as? [[String: Any]])
            #expect(rows.map { $0["actor"] as? String } == ["DK", "IT", "ES"])
            #expect(rows.allSatisfy { $0["state"] as? String == "pending" })
            let inDocument = try await client.json("/api/v1/claims?document=\(server.documents["paris"]!)")
            #expect((inDocument["data"] as? [[String: Any]])?.count == 2)
            let one = try await client.json("/api/v1/claims/\(server.claims["fr"]!)")
            #expect(one["category"] as? String == "troops")
            #expect(one["state"] as? String == "accepted")
        }
    }

    @Test func commitmentsFiltersAsOfAndDetail() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let all = try await client.json("/api/v1/commitments")
            #expect((all["data"] as? [[String: Any]])?.count == 3)
            let de = try await client.json("/api/v1/commitments?actor=DE&category=air_defense&status=delivered")
            let rows = try #require(de["data"] as? [[String: Any]])
            #expect(rows.count == 1)
            #expect(rows.first?["amount_value"] as? Int == 4)
            let early = try await client.json("/api/v1/commitments?as_of=2025-06-01")
            #expect((early["data"] as? [[String: Any]])?.map { $0["actor"] as? String } == ["NL"])
            let paged = try await client.json("/api/v1/commitments?limit=2")
            #expect((paged["data"] as? [[String: Any]])?.count == 2)
            let next = try #require(paged["next_cursor"] as? String)
            let rest = try await client.json("/api/v1/commitments?limit=2&cursor=\(next)")
            #expect((rest["data"] as? [[String: Any]])?.count == 1)
            #expect(rest["next_cursor"] is NSNull)
            let id = try #require(rows.first?["id"] as? Int)
            let detail = try await client.json("/api/v1/commitments/\(id)")
            #expect((detail["evidence"] as? [[String: Any]])?.first?["quote"] as? String
                == "Germany has delivered four IRIS-T systems to Ukraine.")
            #expect(((detail["history"] as? [[String: Any]])?.count ?? 0) >= 2)
        }
    }

    @Test func actorsCoalitionsSummary() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let actors = try await client.json("/api/v1/actors")
            #expect((actors["data"] as? [[String: Any]])?.map { $0["actor"] as? String } == ["DE", "FR", "NL"])
            let fr = try await client.json("/api/v1/actors/fr")
            #expect(fr["commitments"] as? Int == 1)
            let coalitions = try await client.json("/api/v1/coalitions")
            #expect((coalitions["data"] as? [[String: Any]])?.count == 7)
            let summary = try await client.json("/api/v1/summary")
            let rows = try #require(summary["data"] as? [[String: Any]])
            let nl = try #require(rows.first { $0["actor"] as? String == "NL" })
            #expect(nl["pledged_eur"] as? Int == 500_000_000)
            let early = try await client.json("/api/v1/summary?as_of=2025-06-01")
            #expect((early["data"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test func cachedAnswersFollowEveryWrite() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let before = try await client.get("/api/v1/summary")
            #expect(try await client.get("/api/v1/summary").body == before.body)
            let overview = try await client.get("/")
            #expect(!overview.body.contains("title=\"IT, equipment: pledged\""))
            // Another writer (here the store directly, as `muster review` would) changes the
            // ledger: the next answers show it.
            try server.store.accept(claim: server.claims["it"]!, reviewer: "elsewhere")
            let after = try await client.get("/api/v1/summary")
            #expect(after.body != before.body)
            #expect(after.body.contains("\"actor\":\"IT\""))
            #expect(try await client.get("/").body.contains("title=\"IT, equipment: pledged\""))
        }
    }

    @Test func everyTableIsACSVDownload() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            for table in ["documents", "claims", "commitments", "actors", "coalitions", "summary"] {
                let suffixed = try await client.get("/api/v1/\(table).csv")
                #expect(suffixed.status == .ok, "\(table).csv")
                #expect(suffixed.contentType.hasPrefix("text/csv"))
                let byFormat = try await client.get("/api/v1/\(table)?format=csv")
                #expect(byFormat.body == suffixed.body, "\(table)")
                #expect(suffixed.body.split(separator: "\n").count >= 2, "\(table) has a header and rows")
            }
            let commitments = try await client.get("/api/v1/commitments.csv?actor=DE")
            #expect(commitments.body.hasPrefix("id,actor,actor_count,recipient,category,object,status"))
            #expect(commitments.body.contains(",DE,,UA,air_defense,IRIS-T systems,delivered,2025-09-04,4,systems,exact,"))
        }
    }

    @Test func errorsAreProblemDocuments() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let missing = try await client.get("/api/v1/commitments/99999")
            #expect(missing.status == .notFound)
            #expect(missing.contentType == "application/problem+json")
            let problem = try #require(try JSONSerialization.jsonObject(with: Data(missing.body.utf8)) as? [String: Any])
            #expect(problem["status"] as? Int == 404)
            #expect(problem["title"] as? String == "Not found")
            #expect(problem["instance"] as? String == "/api/v1/commitments/99999")

            for (uri, parameter) in [("/api/v1/commitments?as_of=2025-13-01", "as_of"), ("/api/v1/documents?limit=0", "limit"),
                                     ("/api/v1/claims?state=maybe", "state"), ("/api/v1/commitments?category=tanks", "category"),
                                     ("/api/v1/commitments?cursor=%21", "cursor"), ("/api/v1/summary?format=xml", "format"),
                                     ("/api/v1/commitments?actor=QQ", "actor")] {
                let reply = try await client.get(uri)
                #expect(reply.status == .badRequest, "\(uri)")
                #expect(reply.contentType == "application/problem+json")
                let body = try JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any]
                #expect(body?["parameter"] as? String == parameter, "\(uri)")
            }
            let unknown = try await client.get("/api/v1/nothing-here")
            #expect(unknown.status == .notFound)
            #expect(unknown.contentType == "application/problem+json")
            #expect(!unknown.body.contains("SELECT"))
        }
    }

    @Test func internalFailuresShowNoSQL() async throws {
        let server = try TestServer()
        defer { server.remove() }
        // Break the database under the app: the query for coalition members now fails.
        try await server.store.databasePool.write { db in try db.execute(sql: "DROP TABLE coalition_member") }
        try await server.test { client in
            let page = try await client.get("/api/v1/coalitions")
            #expect(page.status == .internalServerError)
            #expect(page.contentType == "application/problem+json")
            #expect(!page.body.contains("coalition_member"))
            #expect(!page.body.localizedCaseInsensitiveContains("select"))
            let html = try await client.get("/")
            #expect(html.status == .internalServerError)
            #expect(html.body.contains("the failure is logged"))
            #expect(!html.body.contains("coalition_member"))
        }
    }

    @Test func healthAndMetrics() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let health = try await client.get("/healthz")
            #expect(health.status == .ok)
            #expect(health.body == "ok\n")
            _ = try await client.get("/api/v1/summary")
            let metrics = try await client.get("/metrics")
            #expect(metrics.status == .ok)
            #expect(metrics.body.contains("muster_http_requests_total{"))
            #expect(metrics.body.contains("route=\"/api/v1/summary\""))
            #expect(metrics.body.contains("muster_http_request_duration_seconds_bucket"))
        }
    }
}
