import MusterCore

/// A claim with the words that decided it, for `muster extract --explain` and for reviewers.
public struct ExplainedClaim: Hashable, Sendable {
    public var claim: Claim
    /// Words that named the party (or the participants, or the attacker).
    public var actorTrigger: String?
    /// Words that gave the category (or the event noun, or the weapon).
    public var categoryTrigger: String?
    /// Words that gave the status (or the attack or interception verb).
    public var statusTrigger: String?
    /// Words that gave the amount (or the launched count).
    public var amountTrigger: String?
    /// For a commitment, how likely the learned model (`ClaimModel`) finds it, 0–1; it orders the
    /// review queue and changes nothing else.
    public var confidence: Double?

    public init(claim: Claim, actorTrigger: String? = nil, categoryTrigger: String? = nil,
                statusTrigger: String? = nil, amountTrigger: String? = nil) {
        self.claim = claim
        self.actorTrigger = actorTrigger
        self.categoryTrigger = categoryTrigger
        self.statusTrigger = statusTrigger
        self.amountTrigger = amountTrigger
    }

    /// The triggers as a JSON object (`{"actor": …, "category": …, "status": …, "amount": …}`),
    /// with a commitment's `confidence` rounded to two places.
    public var explanation: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("actor", JSONValue(actorTrigger)), ("category", JSONValue(categoryTrigger)),
            ("status", JSONValue(statusTrigger)), ("amount", JSONValue(amountTrigger)),
        ]
        if let confidence { fields.append(("confidence", .number((confidence * 100).rounded() / 100))) }
        return .object(fields)
    }
}
