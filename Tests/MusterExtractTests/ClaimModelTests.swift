import Foundation
import MusterCore
import Testing
@testable import MusterExtract

/// The learned confidence that orders the review queue: shipped with the extractor, attached to
/// commitments only, and never changing which claims are read.
@Suite struct ClaimModelTests {
    let text = """
        Germany will send 30 Leopard tanks to Ukraine, Defence Minister Boris Pistorius said on Tuesday.

        Officials in Paris, who have long argued that Europe must do more and who met Zelensky last week, said Belgium could consider some help with drones at a later stage.
        """

    @Test func theModelShipsWithTheExtractor() {
        #expect(ClaimModel.bundled != nil)
    }

    @Test func aPlainPledgeScoresAboveOneReportedThroughAnAside() throws {
        let claims = ClaimExtractor().explain(text: text, published: Day(iso: "2025-09-04"))
        let commitments = claims.filter { if case .commitment = $0.claim { true } else { false } }
        #expect(commitments.count == 2)
        let german = try #require(commitments.first { $0.claim.quote.hasPrefix("Germany") }?.confidence)
        let belgian = try #require(commitments.first { $0.claim.quote.hasPrefix("Officials") }?.confidence)
        #expect((0...1).contains(german) && (0...1).contains(belgian))
        #expect(german > 0.8)
        #expect(german > belgian)
        // Events and incidents are not scored.
        #expect(claims.filter { if case .commitment = $0.claim { false } else { true } }.allSatisfy { $0.confidence == nil })
    }

    @Test func scoringChangesNoClaim() {
        let scored = ClaimExtractor().explain(text: text, published: Day(iso: "2025-09-04"))
        let unscored = ClaimExtractor(model: nil).explain(text: text, published: Day(iso: "2025-09-04"))
        #expect(scored.map(\.claim) == unscored.map(\.claim))
        #expect(unscored.allSatisfy { $0.confidence == nil })
    }

    @Test func aModelFileWithoutWeightsIsRefused() {
        #expect(throws: DecodingError.self) { try ClaimModel(json: Data(#"{"trainedOn": "nothing"}"#.utf8)) }
    }
}
