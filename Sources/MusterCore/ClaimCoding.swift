// Reading claims from JSON (spec/claims.md: snake_case keys, a `type` discriminator, absent
// or null fields as nil). Writing goes through `JSONValue` (OrderedJSON.swift) alone, so the
// output format has one definition.

private enum ClaimKeys: String, CodingKey {
    case type, actor, actorCount = "actor_count", recipient, category, status, amount, condition
    case object, quote, name, date, place, participants, target, weapon, launched, intercepted
}

/// Thrown when a JSON claim names a type the format does not have.
public struct UnknownClaimType: Error, CustomStringConvertible {
    public let type: String
    public var description: String {
        "unknown claim type \"\(type)\"; expected commitment, event or incident"
    }
}

extension Commitment: Decodable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ClaimKeys.self)
        self.init(
            actor: try c.decode(ActorCode.self, forKey: .actor),
            actorCount: try c.decodeIfPresent(Int.self, forKey: .actorCount),
            recipient: try c.decodeIfPresent(ActorCode.self, forKey: .recipient),
            category: try c.decode(Category.self, forKey: .category),
            status: try c.decode(CommitmentStatus.self, forKey: .status),
            amount: try c.decodeIfPresent(Quantity.self, forKey: .amount),
            condition: try c.decodeIfPresent(String.self, forKey: .condition),
            object: try c.decodeIfPresent(String.self, forKey: .object),
            quote: try c.decodeIfPresent(String.self, forKey: .quote) ?? "")
    }

}

extension Event: Decodable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ClaimKeys.self)
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name),
            date: try c.decodeIfPresent(Day.self, forKey: .date),
            place: try c.decodeIfPresent(String.self, forKey: .place),
            participants: try c.decodeIfPresent([ActorCode].self, forKey: .participants) ?? [],
            quote: try c.decodeIfPresent(String.self, forKey: .quote) ?? "")
    }

}

extension Incident: Decodable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ClaimKeys.self)
        self.init(
            actor: try c.decodeIfPresent(ActorCode.self, forKey: .actor),
            target: try c.decodeIfPresent(ActorCode.self, forKey: .target),
            weapon: try c.decodeIfPresent(Weapon.self, forKey: .weapon),
            launched: try c.decodeIfPresent(Quantity.self, forKey: .launched),
            intercepted: try c.decodeIfPresent(Quantity.self, forKey: .intercepted),
            date: try c.decodeIfPresent(Day.self, forKey: .date),
            quote: try c.decodeIfPresent(String.self, forKey: .quote) ?? "")
    }

}

extension Claim: Decodable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ClaimKeys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "commitment": self = .commitment(try Commitment(from: decoder))
        case "event": self = .event(try Event(from: decoder))
        case "incident": self = .incident(try Incident(from: decoder))
        default: throw UnknownClaimType(type: type)
        }
    }

}
