import MusterCore
@testable import MusterExtract

/// The extractor as the rule tests read it: invented sentences after a topic sentence that names
/// the war (a text that never names Ukraine or Russia yields no claims), published on Friday
/// 5 September 2025. One place for what every rule suite needs.
struct RuleSentences {
    static let topic = "The war in Ukraine goes on.\n"
    /// A Friday.
    static let published = Day(year: 2025, month: 9, day: 5)
    let extractor = ClaimExtractor()

    func claims(_ text: String, topic: String = RuleSentences.topic) -> [Claim] {
        extractor.extract(text: topic + text, published: Self.published)
    }

    func commitments(_ text: String, topic: String = RuleSentences.topic) -> [Commitment] {
        claims(text, topic: topic).compactMap { if case .commitment(let c) = $0 { return c } else { return nil } }
    }

    func events(_ text: String, topic: String = RuleSentences.topic) -> [Event] {
        claims(text, topic: topic).compactMap { if case .event(let e) = $0 { return e } else { return nil } }
    }

    func incidents(_ text: String, topic: String = RuleSentences.topic) -> [Incident] {
        claims(text, topic: topic).compactMap { if case .incident(let i) = $0 { return i } else { return nil } }
    }

    /// "ACTOR[count] category status" for each commitment, in the order extracted.
    func keys(_ text: String, topic: String = RuleSentences.topic) -> [String] {
        commitments(text, topic: topic).map { "\($0.actor)\($0.actorCount.map(String.init) ?? "") \($0.category.rawValue) \($0.status.rawValue)" }
    }
}

/// A suite of rule tests: `keys(…)` straight from the shared extractor, without each suite
/// writing the same forwarding function.
protocol RuleSuite {
    var sentences: RuleSentences { get }
}

extension RuleSuite {
    func keys(_ text: String, topic: String = RuleSentences.topic) -> [String] { sentences.keys(text, topic: topic) }
}
