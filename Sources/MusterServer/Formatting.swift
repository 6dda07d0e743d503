import Foundation
import MusterCore
import MusterStore

/// How values read on the pages: short, unambiguous, the same everywhere.
enum Formatting {
    /// "€4.6 bn", "€250 m", "€12,000".
    static func eur(_ value: Double?) -> String {
        guard let value else { return "" }
        let magnitude = abs(value)
        if magnitude >= 1e9 { return "€" + decimal(value / 1e9) + " bn" }
        if magnitude >= 1e6 { return "€" + decimal(value / 1e6) + " m" }
        return "€" + grouped(value)
    }

    /// One decimal, without a trailing ".0".
    static func decimal(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return grouped(rounded) }
        return String(format: "%.1f", rounded)
    }

    static func grouped(_ value: Double) -> String {
        let whole = Int64(value.rounded())
        let digits = String(abs(whole))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (whole < 0 ? "-" : "") + out
    }

    /// "at least 26 troops", "EUR 4.6 bn" as the text states it.
    static func quantity(_ quantity: Quantity?) -> String {
        guard let quantity else { return "" }
        let qualifier = quantity.qualifier.words
        let value: String
        if abs(quantity.value) >= 1e9 { value = decimal(quantity.value / 1e9) + " bn" }
        else if abs(quantity.value) >= 1e6 { value = decimal(quantity.value / 1e6) + " m" }
        else if quantity.value == quantity.value.rounded() { value = grouped(quantity.value) }
        else { value = String(quantity.value) }
        return quantity.isMoney ? "\(qualifier)\(quantity.unit) \(value)" : "\(qualifier)\(value) \(quantity.unit)"
    }

    /// "air defense", "security guarantee".
    static func category(_ category: MusterCore.Category) -> String {
        category.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    static func actor(_ actor: ActorCode, count: Int? = nil) -> String {
        if actor.isGroup { return count.map { "group of \($0) states" } ?? "group of states" }
        return actor.rawValue
    }

    /// The first ten characters of a recorded timestamp: its day.
    static func day(ofRecorded stamp: String) -> String { String(stamp.prefix(10)) }
}
