import Foundation
import Hummingbird
import HummingbirdTesting
import MusterCore
import MusterStore
import Testing

@Suite("Review queue")
struct ReviewTests {
    @Test func queueListsPendingClaimsWithForms() async throws {
        let server = try TestServer()
        defer { server.remove() }
        try await server.test { client in
            let page = try await client.get("/review")
            #expect(page.status == .ok)
            #expect(page.body.contains("Italy will send de-mining equipment to Ukraine."))
            #expect(page.body.contains("action=\"/review/\(server.claims["it"]!)/accept\""))
            #expect(page.body.contains("action=\"/review/\(server.claims["es"]!)/reject\""))
            #expect(!page.body.contains("France will send troops"))
        }
    }

    @Test func acceptingThroughTheFormChangesTheLedger() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["it"]!
        try await server.test { client in
            let reply = try await client.post("/review/\(id)/accept", form: "reviewer=alice")
            #expect(reply.status == .seeOther)
            #expect(reply.location?.hasPrefix("/review") == true)
            let queue = try await client.get(reply.location!)
            #expect(!queue.body.contains("Italy will send de-mining equipment to Ukraine.</blockquote>"))
            #expect(queue.body.contains("accepted claim \(id)"))
        }
        let claim = try #require(try server.store.claim(id: id))
        #expect(claim.state == .accepted)
        #expect(claim.reviewer == "alice")
        #expect(try server.store.commitments(CommitmentQuery(actor: "IT")).count == 1)
    }

    @Test func correctingSetsActorCategoryStatusAndAmount() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["es"]!
        try await server.test { client in
            let reply = try await client.post(
                "/review/\(id)/correct", form: "reviewer=bob&actor=pt&category=financial&status=pledged&amount=1%2C000%2C000&unit=EUR")
            #expect(reply.status == .seeOther)
        }
        let claim = try #require(try server.store.claim(id: id))
        #expect(claim.state == .corrected)
        guard case .commitment(let c) = claim.effective else { Issue.record("not a commitment"); return }
        #expect(c.actor == "PT")
        #expect(c.status == .pledged)
        #expect(c.amount == Quantity(value: 1_000_000, unit: "EUR"))
    }

    @Test func rejectingNeedsAReason() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["es"]!
        try await server.test { client in
            let missing = try await client.post("/review/\(id)/reject", form: "reviewer=bob&reason=")
            #expect(missing.status == .badRequest)
            #expect(missing.body.contains("parameter reason"))
            let reply = try await client.post("/review/\(id)/reject", form: "reason=not+a+commitment")
            #expect(reply.status == .seeOther)
            // Deciding twice is a conflict, not a crash.
            let again = try await client.post("/review/\(id)/accept", form: "")
            #expect(again.status == .conflict)
        }
        let claim = try #require(try server.store.claim(id: id))
        #expect(claim.state == .rejected)
        #expect(claim.reason == "not a commitment")
        #expect(claim.reviewer == "web")
    }

    @Test func badCorrectionsNameTheField() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["it"]!
        try await server.test { client in
            let actor = try await client.post("/review/\(id)/correct", form: "actor=QQ")
            #expect(actor.status == .badRequest)
            #expect(actor.body.contains("parameter actor"))
            let amount = try await client.post("/review/\(id)/correct", form: "actor=IT&amount=lots&unit=EUR")
            #expect(amount.body.contains("parameter amount"))
            #expect(try await client.post("/review/999999/accept", form: "").status == .notFound)
        }
        #expect(try server.store.claim(id: id)?.state == .pending)
    }

    @Test func oversizedBodiesAreRefused() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["it"]!
        try await server.test { client in
            let big = "reason=" + String(repeating: "x", count: 10_000)
            let reply = try await client.post("/review/\(id)/reject", form: big)
            #expect(reply.status == .contentTooLarge)
        }
        #expect(try server.store.claim(id: id)?.state == .pending)
    }
}
