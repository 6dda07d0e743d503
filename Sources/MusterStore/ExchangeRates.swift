import Foundation
import MusterCore

/// ECB euro reference rates in the `eurofxref-hist.csv` layout: a header `Date,USD,JPY,…`, then
/// one row per business day, each rate in units of currency per 1 EUR, `N/A` where the ECB
/// published none, and a trailing comma on every line.
public enum ExchangeRates {
    public struct Rate: Sendable, Equatable {
        public var currency: String
        public var day: Day
        public var perEUR: Double
    }

    /// Parses the whole file; a malformed date or number names its line.
    public static func parse(_ text: String) throws -> [Rate] {
        var rates: [Rate] = []
        var currencies: [Substring] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { continue }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if currencies.isEmpty {
                guard fields.first == "Date" else {
                    throw LedgerError.badRates(line: lineNumber, problem: "expected a header starting with \"Date\"")
                }
                currencies = Array(fields.dropFirst())
                continue
            }
            guard let day = Day(iso: fields[0]) else {
                throw LedgerError.badRates(line: lineNumber, problem: "bad date \"\(fields[0])\"")
            }
            for (index, field) in fields.dropFirst().enumerated() where index < currencies.count {
                let currency = currencies[index]
                if field.isEmpty || field == "N/A" || currency.utf8.count != 3 { continue }
                guard let value = Double(field), value > 0 else {
                    throw LedgerError.badRates(line: lineNumber, problem: "bad rate \"\(field)\" for \(currency)")
                }
                rates.append(Rate(currency: String(currency), day: day, perEUR: value))
            }
        }
        return rates
    }
}

/// The `rate` table: ECB rates by currency and day.
enum RateTable {
    /// Many rows per statement: the full ECB history is some 200,000 rates, and one round trip
    /// each would make loading it on a server database take minutes.
    static func store(_ rates: [ExchangeRates.Rate], in db: any SQLConnection) throws {
        // Last value wins for a (currency, day) repeated in the input, as row by row it would;
        // one statement may not name the same key twice.
        var latest: [String: Int] = [:]
        for (index, rate) in rates.enumerated() { latest[rate.currency + rate.day.iso] = index }
        let unique = rates.indices.filter { latest[rates[$0].currency + rates[$0].day.iso] == $0 }.map { rates[$0] }
        var start = 0
        while start < unique.count {
            let slice = unique[start..<min(start + 500, unique.count)]
            var arguments: SQLArguments = []
            arguments.reserveCapacity(slice.count * 3)
            for rate in slice { arguments += [rate.currency, rate.day.iso, rate.perEUR] }
            let values = Array(repeating: "(?, ?, ?)", count: slice.count).joined(separator: ", ")
            try db.execute("""
                INSERT INTO rate (currency, day, per_eur) VALUES \(values)
                ON CONFLICT (currency, day) DO UPDATE SET per_eur = excluded.per_eur
                """, arguments)
            start += slice.count
        }
    }

    /// The amount in EUR, with the latest rate on or before `day` from the imported rates or
    /// the bundled snapshot, whichever is later (an imported rate wins a tie); nil for
    /// non-money units or when no rate is known that early.
    static func valueInEUR(_ amount: Quantity, on day: Day, in db: any SQLConnection) throws -> Double? {
        guard amount.isMoney else { return nil }
        if amount.unit == "EUR" { return amount.value }
        let imported = try db.row("""
            SELECT day, per_eur FROM rate WHERE currency = ? AND day <= ? ORDER BY day DESC LIMIT 1
            """, [amount.unit, day.iso])
        var best: (day: Day, perEUR: Double)?
        if let imported, let importedDay = Day(iso: imported[0] as String) {
            best = (importedDay, imported[1])
        }
        if let bundled = BundledRates.shared.latest(amount.unit, onOrBefore: day), bundled.day > (best?.day ?? bundled.day) || best == nil {
            best = bundled
        }
        return best.map { amount.value / $0.perEUR }
    }
}

/// The ECB snapshot shipped with Muster, read once per process. Kept in memory rather than
/// copied into every new ledger file, which would cost each `muster` start on a fresh
/// database tens of thousands of inserts.
final class BundledRates: Sendable {
    static let shared = BundledRates()

    /// Per currency, rates sorted by day.
    let byCurrency: [String: [(day: Day, perEUR: Double)]]

    init() {
        var table: [String: [(day: Day, perEUR: Double)]] = [:]
        if let url = Bundle.module.url(forResource: "eurofxref-hist", withExtension: "csv"),
           let text = try? String(contentsOf: url, encoding: .utf8),
           let rates = try? ExchangeRates.parse(text) {
            for rate in rates { table[rate.currency, default: []].append((rate.day, rate.perEUR)) }
        }
        byCurrency = table.mapValues { $0.sorted { $0.day < $1.day } }
    }

    func latest(_ currency: String, onOrBefore day: Day) -> (day: Day, perEUR: Double)? {
        guard let rates = byCurrency[currency] else { return nil }
        var low = 0, high = rates.count
        while low < high {
            let mid = (low + high) / 2
            if rates[mid].day <= day { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : rates[low - 1]
    }
}
