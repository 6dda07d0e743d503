import Foundation
import MusterCore

/// How likely a commitment the rules read is to be one an annotator would label: a logistic model
/// over the words around each candidate (`ClaimCandidates`), learned from the labelled sets by
/// `scripts/train-claim-model.py` and shipped as data (Resources/claim-model.json).
///
/// It only scores; it never adds or drops a claim. Measured as a filter it gained little on unseen
/// pages at thresholds that keep the dev articles whole, and it dropped clean stated pledges
/// (BENCHMARKS.md, "learned filter"), so its one use is to order the review queue: the claims it
/// doubts most are read first, and nothing is lost.
public struct ClaimModel: Sendable {
    let weights: [String: Double]

    struct File: Decodable {
        var weights: [String: Double]
    }

    public init(json: Data) throws {
        weights = try JSONDecoder().decode(File.self, from: json).weights
    }

    /// The model shipped in the module's resources; nil when the file is absent (no scores).
    public static let bundled: ClaimModel? = {
        guard let url = Bundle.module.url(forResource: "claim-model", withExtension: "json") else { return nil }
        do {
            return try ClaimModel(json: Data(contentsOf: url))
        } catch {
            fatalError("MusterExtract resource claim-model.json is unreadable: \(error)")
        }
    }()

    func probability(_ features: [String]) -> Double {
        var sum = 0.0
        for feature in features { sum += weights[feature] ?? 0 }
        return 1 / (1 + exp(-sum))
    }

    /// Each commitment's confidence: the best score among the document's candidates with its key
    /// (actor, count, category, status). A commitment no candidate describes (read from a table
    /// column or a list heading) keeps none; events and incidents are not scored.
    func scored(_ claims: [ExplainedClaim], candidates: [ClaimCandidate]) -> [ExplainedClaim] {
        var best: [String: Double] = [:]
        for candidate in candidates {
            let p = probability(candidate.features)
            best[candidate.key] = max(best[candidate.key] ?? 0, p)
        }
        return claims.map { explained in
            guard case .commitment(let c) = explained.claim else { return explained }
            var scored = explained
            scored.confidence = best[ClaimCandidates.key(c.actor, c.actorCount, c.category, c.status)]
            return scored
        }
    }
}
