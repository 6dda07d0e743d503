/// Who acts in a claim: an ISO 3166-1 alpha-2 state code, an organisation code, or `GROUP`
/// for several states the text does not name one by one (spec/claims.md, "Actor codes").
public struct ActorCode: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: ActorCode, rhs: ActorCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public static let group: ActorCode = "GROUP"
    public static let ukraine: ActorCode = "UA"
    public static let russia: ActorCode = "RU"

    /// The organisation codes the claim format knows.
    public static let organisations: [ActorCode] = [
        "EU", "NATO", "UN", "G7", "IMF", "WORLD_BANK", "EIB", "EBRD", "OSCE",
    ]

    public var isGroup: Bool { self == .group }
    public var isOrganisation: Bool { ActorCode.organisations.contains(self) }

    /// A state code is two upper-case ASCII letters.
    public var isStateCode: Bool {
        let bytes = Array(rawValue.utf8)
        return bytes.count == 2 && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    /// Syntactically valid as an actor code (a state, an organisation or `GROUP`).
    public var isWellFormed: Bool { isStateCode || isOrganisation || isGroup }
}
