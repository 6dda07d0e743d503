// The JSON shape of claims is the contract in spec/claims.md: snake_case keys, a `type`
// discriminator, and every field present, with `null` where the text states nothing. Swift's
// synthesised coding would drop nil fields, so the coding is written out here.

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

extension Commitment: Codable {
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ClaimKeys.self)
        try c.encode("commitment", forKey: .type)
        try c.encode(actor, forKey: .actor)
        try c.encode(actorCount, forKey: .actorCount)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(category, forKey: .category)
        try c.encode(status, forKey: .status)
        try c.encode(amount, forKey: .amount)
        try c.encode(condition, forKey: .condition)
        try c.encode(object, forKey: .object)
        try c.encode(quote, forKey: .quote)
    }
}

extension Event: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ClaimKeys.self)
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name),
            date: try c.decodeIfPresent(Day.self, forKey: .date),
            place: try c.decodeIfPresent(String.self, forKey: .place),
            participants: try c.decodeIfPresent([ActorCode].self, forKey: .participants) ?? [],
            quote: try c.decodeIfPresent(String.self, forKey: .quote) ?? "")
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ClaimKeys.self)
        try c.encode("event", forKey: .type)
        try c.encode(name, forKey: .name)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(participants, forKey: .participants)
        try c.encode(quote, forKey: .quote)
    }
}

extension Incident: Codable {
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

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: ClaimKeys.self)
        try c.encode("incident", forKey: .type)
        try c.encode(actor, forKey: .actor)
        try c.encode(target, forKey: .target)
        try c.encode(weapon, forKey: .weapon)
        try c.encode(launched, forKey: .launched)
        try c.encode(intercepted, forKey: .intercepted)
        try c.encode(date, forKey: .date)
        try c.encode(quote, forKey: .quote)
    }
}

extension Claim: Codable {
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

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .commitment(let claim): try claim.encode(to: encoder)
        case .event(let claim): try claim.encode(to: encoder)
        case .incident(let claim): try claim.encode(to: encoder)
        }
    }
}
