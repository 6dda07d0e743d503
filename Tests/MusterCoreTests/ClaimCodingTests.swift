import Foundation
import Testing
@testable import MusterCore

@Suite struct ClaimCodingTests {
    @Test func commitmentWritesEveryFieldWithNulls() throws {
        let claim = Claim.commitment(Commitment(
            actor: .group, actorCount: 12, recipient: "UA", category: .airDefense, status: .pledged,
            quote: "Twelve countries promised interceptors."))
        let json = claim.json.serialized()
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "commitment")
        #expect(object["category"] as? String == "air_defense")
        #expect(object["actor_count"] as? Int == 12)
        #expect(object.keys.contains("amount") && object["amount"] is NSNull)
        #expect(object.keys.contains("condition"))
    }

    @Test func claimsRoundTrip() throws {
        let claims: [Claim] = [
            .commitment(Commitment(actor: "DE", recipient: "UA", category: .financial, status: .allocated,
                                   amount: Quantity(value: 1.5e9, unit: "EUR", qualifier: .approx), quote: "q")),
            .event(Event(name: "call", date: Day(iso: "2025-01-02"), participants: ["US", "FR"], quote: "q")),
            .incident(Incident(actor: "RU", target: "UA", weapon: .dronesAndMissiles,
                               launched: Quantity(value: 40, unit: "drones_and_missiles"), quote: "q")),
        ]
        for claim in claims {
            let data = Data(claim.json.serialized().utf8)
            #expect(try JSONDecoder().decode(Claim.self, from: data) == claim)
        }
    }

    @Test func wholeAmountsPrintAsIntegers() throws {
        let json = Quantity(value: 26, unit: "countries").json.serialized()
        #expect(json.contains("\"value\":26,") || json.contains("\"value\":26}"))
    }

    @Test func unknownClaimTypeIsNamed() {
        let data = Data(#"{"type":"rumour","quote":"x"}"#.utf8)
        #expect(throws: UnknownClaimType.self) { try JSONDecoder().decode(Claim.self, from: data) }
    }
}

@Suite struct OrderedJSONTests {
    @Test func documentRecordKeepsSpecKeyOrderAndParses() throws {
        let record = DocumentRecord(id: "a/b", title: nil, published: Day(iso: "2025-09-05"), tags: ["War"],
                                    text: "Line \"one\"\n\u{1}tab\t")
        let text = record.json.serialized()
        #expect(text.hasPrefix(#"{"type":"document","id":"a/b","title":null,"published":"2025-09-05""#))
        let parsed = try JSONDecoder().decode(DocumentRecord.self, from: Data(text.utf8))
        #expect(parsed == record)
    }

    @Test func claimJSONMatchesCodableDecoding() throws {
        let claim = Claim.incident(Incident(actor: "RU", target: "UA", weapon: .drones,
                                            launched: Quantity(value: 100, unit: "drones", qualifier: .atLeast),
                                            quote: "over 100 drones"))
        let decoded = try JSONDecoder().decode(Claim.self, from: Data(claim.json.serialized().utf8))
        #expect(decoded == claim)
    }
}
