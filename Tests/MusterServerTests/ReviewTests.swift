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
        try server.addAccount("alice", .reviewer)
        try await server.test { client in
            let browser = try await client.signIn("alice")
            let page = try await client.get("/review", headers: [.cookie: browser.cookie])
            #expect(page.status == .ok)
            #expect(page.body.contains("name=\"csrf\" value=\"\(browser.csrf)\""))
            #expect(page.body.contains("Signed in as <strong>alice</strong> (reviewer)"))
            #expect(page.body.contains("Italy will send de-mining equipment to Ukraine."))
            #expect(page.body.contains("action=\"/review/\(server.claims["it"]!)/accept\""))
            #expect(page.body.contains("action=\"/review/\(server.claims["es"]!)/reject\""))
            #expect(!page.body.contains("France will send troops"))
        }
    }

    @Test func queueShowsTheLeastConfidentClaimsFirst() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let scored = try server.addScoredDocument()
        try await server.test { client in
            let page = try await client.get("/review")
            #expect(page.status == .ok)
            let greece = try #require(page.body.range(of: "Greece may offer a frigate."))
            let poland = try #require(page.body.range(of: "Poland will send 40 tanks to Ukraine."))
            let italy = try #require(page.body.range(of: "Italy will send de-mining equipment to Ukraine."))
            #expect(greece.lowerBound < poland.lowerBound && poland.lowerBound < italy.lowerBound)
            #expect(page.body.contains("confidence <span class=\"confidence\">27%</span>"))
            // One claim a page: the second page starts after the first claim's score.
            let first = try await client.get("/review?limit=1")
            #expect(first.body.contains("id=\"claim-\(scored.claimIDs[1])\""))
            let next = try #require(first.body.firstMatch(of: /href="(\/review\?cursor=[^"]+)"/)).1
            let second = try await client.get(String(next).replacingOccurrences(of: "&amp;", with: "&"))
            #expect(second.body.contains("id=\"claim-\(scored.claimIDs[0])\""))
            #expect(!second.body.contains("id=\"claim-\(scored.claimIDs[1])\""))
            #expect(try await client.get("/review?cursor=zz").status == .badRequest)
        }
    }

    @Test func acceptingThroughTheFormChangesTheLedger() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["it"]!
        try server.addAccount("alice", .reviewer)
        try await server.test { client in
            let browser = try await client.signIn("alice")
            // A form field naming someone else changes nothing: the account decides.
            let reply = try await client.post("/review/\(id)/accept", form: "csrf=\(browser.csrf)&reviewer=mallory",
                                              headers: [.cookie: browser.cookie])
            #expect(reply.status == .seeOther)
            #expect(reply.location?.hasPrefix("/review") == true)
            let queue = try await client.get(reply.location!, headers: [.cookie: browser.cookie])
            #expect(!queue.body.contains("Italy will send de-mining equipment to Ukraine.</blockquote>"))
            #expect(queue.body.contains("accepted claim \(id)"))
        }
        let claim = try #require(try server.store.claim(id: id))
        #expect(claim.state == .accepted)
        #expect(claim.reviewer == "alice")
        #expect(try server.store.commitments(CommitmentQuery(actor: "IT")).count == 1)
        let commitment = try #require(try server.store.commitments(CommitmentQuery(actor: "IT")).first)
        #expect(try server.store.history(commitment: commitment.id).allSatisfy { $0.who == "alice" })
    }

    @Test func correctingSetsActorCategoryStatusAndAmount() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["es"]!
        try server.addAccount("bob", .editor)
        try await server.test { client in
            let browser = try await client.signIn("bob")
            let reply = try await client.post(
                "/review/\(id)/correct", form: "csrf=\(browser.csrf)&actor=pt&category=financial&status=pledged&amount=1%2C000%2C000&unit=EUR",
                headers: [.cookie: browser.cookie])
            #expect(reply.status == .seeOther)
        }
        let claim = try #require(try server.store.claim(id: id))
        #expect(claim.state == .corrected)
        guard case .commitment(let c) = claim.effective else { Issue.record("not a commitment"); return }
        #expect(c.actor == "PT")
        #expect(c.status == .pledged)
        #expect(c.amount == Quantity(value: 1_000_000, unit: "EUR"))
        #expect(claim.reviewer == "bob")
    }

    @Test func rejectingNeedsAReason() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["es"]!
        try server.addAccount("carol", .reviewer)
        try await server.test { client in
            let browser = try await client.signIn("carol")
            let cookie: HTTPFields = [.cookie: browser.cookie]
            let missing = try await client.post("/review/\(id)/reject", form: "csrf=\(browser.csrf)&reason=", headers: cookie)
            #expect(missing.status == .badRequest)
            #expect(missing.body.contains("parameter reason"))
            let reply = try await client.post("/review/\(id)/reject", form: "csrf=\(browser.csrf)&reason=not+a+commitment",
                                              headers: cookie)
            #expect(reply.status == .seeOther)
            // Deciding twice is a conflict, not a crash.
            let again = try await client.post("/review/\(id)/accept", form: "csrf=\(browser.csrf)", headers: cookie)
            #expect(again.status == .conflict)
        }
        let claim = try #require(try server.store.claim(id: id))
        #expect(claim.state == .rejected)
        #expect(claim.reason == "not a commitment")
        #expect(claim.reviewer == "carol")
    }

    @Test func badCorrectionsNameTheField() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["it"]!
        try server.addAccount("alice", .reviewer)
        try await server.test { client in
            let browser = try await client.signIn("alice")
            let cookie: HTTPFields = [.cookie: browser.cookie]
            let actor = try await client.post("/review/\(id)/correct", form: "csrf=\(browser.csrf)&actor=QQ", headers: cookie)
            #expect(actor.status == .badRequest)
            #expect(actor.body.contains("parameter actor"))
            let amount = try await client.post("/review/\(id)/correct", form: "csrf=\(browser.csrf)&actor=IT&amount=lots&unit=EUR",
                                               headers: cookie)
            #expect(amount.body.contains("parameter amount"))
            #expect(try await client.post("/review/999999/accept", form: "csrf=\(browser.csrf)", headers: cookie).status == .notFound)
        }
        #expect(try server.store.claim(id: id)?.state == .pending)
    }

    @Test func oversizedBodiesAreRefused() async throws {
        let server = try TestServer()
        defer { server.remove() }
        let id = server.claims["it"]!
        try server.addAccount("alice", .reviewer)
        try await server.test { client in
            let browser = try await client.signIn("alice")
            let big = "csrf=\(browser.csrf)&reason=" + String(repeating: "x", count: 10_000)
            let reply = try await client.post("/review/\(id)/reject", form: big, headers: [.cookie: browser.cookie])
            #expect(reply.status == .contentTooLarge)
        }
        #expect(try server.store.claim(id: id)?.state == .pending)
    }
}
