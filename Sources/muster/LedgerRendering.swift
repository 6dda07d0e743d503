import MusterCore
import MusterStore

/// How ledger records print: JSON (ordered keys), CSV rows and table cells.
enum LedgerRendering {
    static func money(_ value: Double?) -> String {
        guard let value else { return "" }
        if abs(value) >= 1e9 { return String(format: "%.2fbn", value / 1e9) }
        if abs(value) >= 1e6 { return String(format: "%.1fm", value / 1e6) }
        return CSV.number(value.rounded())
    }

    static func amount(_ quantity: Quantity?) -> String {
        guard let quantity else { return "" }
        return quantity.qualifier.symbol + (quantity.isMoney ? money(quantity.value) : CSV.number(quantity.value)) + " " + quantity.unit
    }

    static func json(_ c: CommitmentRecord) -> JSONValue {
        .object([
            ("id", .number(Double(c.id))), ("actor", .string(c.actor.rawValue)), ("actor_count", JSONValue(c.actorCount)),
            ("recipient", JSONValue(c.recipient)), ("category", .string(c.category.rawValue)),
            ("object", JSONValue(c.object)), ("status", .string(c.status.rawValue)),
            ("status_date", JSONValue(c.statusDate)), ("amount", JSONValue(c.amount)),
            ("amount_eur", c.amountEUR.map { .number($0) } ?? .null), ("corroboration", JSONValue(c.corroboration)),
        ])
    }

    static let commitmentHeader = ["id", "actor", "actor_count", "recipient", "category", "object", "status",
                                   "status_date", "amount_value", "amount_unit", "amount_qualifier", "amount_eur",
                                   "corroboration"]

    static func csvRow(_ c: CommitmentRecord) -> [String] {
        [String(c.id), c.actor.rawValue, c.actorCount.map(String.init) ?? "", c.recipient?.rawValue ?? "",
         c.category.rawValue, c.object ?? "", c.status.rawValue, c.statusDate?.iso ?? "",
         c.amount.map { CSV.number($0.value) } ?? "", c.amount?.unit ?? "", c.amount?.qualifier.rawValue ?? "",
         c.amountEUR.map { CSV.number($0) } ?? "", c.corroboration.map(String.init) ?? ""]
    }

    static func tableRow(_ c: CommitmentRecord) -> [String] {
        var actor = c.actor.rawValue
        if let count = c.actorCount { actor += "(\(count))" }
        return [String(c.id), actor, c.recipient?.rawValue ?? "", c.category.rawValue, c.status.rawValue,
                c.statusDate?.iso ?? "", amount(c.amount), money(c.amountEUR),
                c.corroboration.map(String.init) ?? "", c.object ?? ""]
    }

    static let tableHeader = ["id", "actor", "to", "category", "status", "since", "amount", "EUR", "docs", "object"]

    /// Prints records in the chosen format: a table, a JSON array (one object per line) or CSV.
    static func print<T>(_ items: [T], format: DataFormat, header: [String], table tableHeader: [String],
                         json: (T) -> JSONValue, csv: (T) -> [String], cells: (T) -> [String]) {
        switch format {
        case .json:
            Swift.print("[")
            for (index, item) in items.enumerated() {
                Swift.print(json(item).serialized() + (index == items.count - 1 ? "" : ","))
            }
            Swift.print("]")
        case .csv:
            Swift.print(CSV.line(header))
            for item in items { Swift.print(CSV.line(csv(item))) }
        case .table:
            var table = Table(tableHeader)
            for item in items { table.add(cells(item)) }
            Swift.print(table.render())
        }
    }
}
