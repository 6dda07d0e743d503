/// A number with its unit as the text states it: a currency (ISO 4217) or a plural count noun.
public struct Quantity: Hashable, Codable, Sendable {
    public enum Qualifier: String, Codable, Sendable, CaseIterable {
        case exact
        case atLeast = "at_least"
        case atMost = "at_most"
        case approx
    }

    public var value: Double
    public var unit: String
    public var qualifier: Qualifier

    public init(value: Double, unit: String, qualifier: Qualifier = .exact) {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
    }

    /// True when the unit is a three-letter upper-case currency code.
    public var isMoney: Bool {
        let bytes = Array(unit.utf8)
        return bytes.count == 3 && bytes.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // Whole numbers print without ".0" so the JSON reads like the text ("26", not "26.0").
        if value.rounded() == value, abs(value) < 9.0e15 {
            try container.encode(Int64(value), forKey: .value)
        } else {
            try container.encode(value, forKey: .value)
        }
        try container.encode(unit, forKey: .unit)
        try container.encode(qualifier, forKey: .qualifier)
    }
}
