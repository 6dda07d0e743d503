/// What is committed (spec/claims.md, "Categories").
public enum Category: String, CaseIterable, Codable, Sendable {
    case troops
    case airDefense = "air_defense"
    case equipment
    case ammunition
    case intelligence
    case logistics
    case training
    case financial
    case humanitarian
    case sanctions
    case securityGuarantee = "security_guarantee"
    case other
}

/// How firmly a party stands behind a commitment, weakest to strongest, then the two ways out.
public enum CommitmentStatus: String, CaseIterable, Codable, Sendable {
    case considering
    case pledged
    case allocated
    case delivered
    case declined
    case withdrawn

    /// Rank used when one undertaking is described at two strengths ("the stronger status wins").
    public var strength: Int {
        switch self {
        case .considering: return 0
        case .pledged: return 1
        case .allocated: return 2
        case .delivered: return 3
        case .declined: return 4
        case .withdrawn: return 5
        }
    }
}

/// What an attack used (spec/claims.md, "incident").
public enum Weapon: String, CaseIterable, Codable, Sendable {
    case drones
    case missiles
    case dronesAndMissiles = "drones_and_missiles"
    case artillery
    case other
}
