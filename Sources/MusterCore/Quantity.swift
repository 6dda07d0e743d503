/// A number with its unit as the text states it: a currency (ISO 4217) or a plural count noun.
public struct Quantity: Hashable, Decodable, Sendable {
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

}

extension Quantity.Qualifier {
    /// A compact prefix for tables: "≥", "≤", "~", or nothing for exact.
    public var symbol: String {
        switch self {
        case .exact: return ""
        case .atLeast: return "≥"
        case .atMost: return "≤"
        case .approx: return "~"
        }
    }

    /// The prefix in words for prose: "at least ", "at most ", "about ", or nothing.
    public var words: String {
        switch self {
        case .exact: return ""
        case .atLeast: return "at least "
        case .atMost: return "at most "
        case .approx: return "about "
        }
    }
}
