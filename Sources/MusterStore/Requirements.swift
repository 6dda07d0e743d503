import Foundation
import MusterCore

// Coalition requirements ("what the force needs") and the gap against them. A requirement is
// recorded as a `coalition`-kind entry whose change says it sets a requirement (the entry kinds
// are fixed by a CHECK constraint in a shipped migration), and projected into
// `coalition_requirement`, keyed by coalition, category and the day it applies from: setting
// the same key again replaces it, a later day supersedes it from that day on.

/// The change JSON of a requirement entry. `sets` tells it apart from a coalition's creation.
struct RequirementChange: Decodable {
    var coalition: Int64
    var sets: String
    var category: MusterCore.Category
    var value: Double
    var unit: String
    var qualifier: Quantity.Qualifier?
    var note: String?
    var validFrom: Day

    static let marker = "requirement"

    enum CodingKeys: String, CodingKey {
        case coalition, sets, category, value, unit, qualifier, note, validFrom = "valid_from"
    }

    var amount: Quantity { Quantity(value: value, unit: unit, qualifier: qualifier ?? .exact) }

    var json: JSONValue {
        .object([("coalition", .number(Double(coalition))), ("sets", .string(sets)),
                 ("category", .string(category.rawValue)), ("value", .number(value)), ("unit", .string(unit)),
                 ("qualifier", .string((qualifier ?? .exact).rawValue)), ("note", JSONValue(note)),
                 ("valid_from", .string(validFrom.iso))])
    }
}

/// Reads only whether a `coalition` entry sets a requirement, before decoding it in full.
struct CoalitionEntryProbe: Decodable {
    var sets: String?
}

/// What a coalition needs in a category, from a day on.
public struct Requirement: Sendable, Equatable {
    public var coalition: String
    public var category: MusterCore.Category
    public var amount: Quantity
    public var note: String?
    public var validFrom: Day
}

/// A requirement against what the coalition's members have committed. Amounts are in `unit`:
/// the requirement's own unit, or EUR when it is money (each commitment valued on its
/// statement's date, the requirement on the day it applies from).
public struct Gap: Sendable, Equatable {
    public var requirement: Requirement
    public var unit: String
    public var required: Double
    /// Pledged, allocated or delivered by members, in `unit`.
    public var pledged: Double
    public var delivered: Double
    /// Members' firm commitments in the category whose amount is missing or in another unit:
    /// they count towards coverage but cannot be summed.
    public var unquantified: Int
    /// Members (who had joined by the as-of day) with a firm commitment in the category.
    public var contributors: Int
    public var members: Int

    /// What is still missing after everything pledged; zero when the requirement is met.
    public var shortfall: Double { max(0, required - pledged) }
    /// What is still missing after what was delivered.
    public var undelivered: Double { max(0, required - delivered) }
}

extension Projection {
    static func setRequirement(_ db: any SQLConnection, seq: Int64, change: RequirementChange) throws {
        try db.execute("""
            INSERT INTO coalition_requirement (coalition_id, category, valid_from, amount_value, amount_unit,
                                               amount_qualifier, note, seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (coalition_id, category, valid_from) DO UPDATE SET
                amount_value = excluded.amount_value, amount_unit = excluded.amount_unit,
                amount_qualifier = excluded.amount_qualifier, note = excluded.note, seq = excluded.seq
            """, [change.coalition, change.category.rawValue, change.validFrom.iso, change.value, change.unit,
                  (change.qualifier ?? .exact).rawValue, change.note, seq])
    }
}

extension SQLLedgerStore {
    /// Records what `coalition` needs in `category` from `validFrom` on (today when nil).
    @discardableResult
    public func setRequirement(coalition name: String, category: MusterCore.Category, amount: Quantity, note: String?,
                               validFrom: Day?, by who: String) throws -> Requirement {
        guard amount.value > 0, amount.value.isFinite else {
            throw LedgerError.badRequirement("the amount must be a positive number")
        }
        let unit = amount.unit.trimmingCharacters(in: .whitespaces)
        guard !unit.isEmpty else { throw LedgerError.badRequirement("the amount needs a unit") }
        let note = note.flatMap { $0.isEmpty ? nil : $0 }
        let now = clock()
        let day = validFrom ?? RecordedTime.day(now)
        return try database.write { db in
            guard let id = try db.value("SELECT id FROM coalition WHERE name = ?", [name], as: Int64.self) else {
                throw LedgerError.noSuchCoalition(name)
            }
            let amount = Quantity(value: amount.value, unit: unit, qualifier: amount.qualifier)
            if amount.isMoney, try RateTable.valueInEUR(amount, on: day, in: db) == nil {
                throw LedgerError.badRequirement("no exchange rate for \(unit) on or before \(day.iso)")
            }
            var writer = try LedgerWriter(db, now: now)
            let change = RequirementChange(coalition: id, sets: RequirementChange.marker, category: category,
                                           value: amount.value, unit: unit, qualifier: amount.qualifier, note: note,
                                           validFrom: day)
            let seq = try writer.append(.coalition, who: who, validDate: day, change: change.json)
            try Projection.setRequirement(db, seq: seq, change: change)
            return Requirement(coalition: name, category: category, amount: amount, note: note, validFrom: day)
        }
    }

    /// The coalition's requirements in force on `asOf` (the latest set on or before it per
    /// category; without a day, the latest of all), by category.
    public func requirements(coalition name: String, asOf: Day?) throws -> [Requirement] {
        try database.read { db in
            guard let id = try db.value("SELECT id FROM coalition WHERE name = ?", [name], as: Int64.self) else {
                throw LedgerError.noSuchCoalition(name)
            }
            var sql = """
                SELECT category, valid_from, amount_value, amount_unit, amount_qualifier, note
                FROM coalition_requirement WHERE coalition_id = ?
                """
            var arguments: SQLArguments = [id]
            if let asOf {
                sql += " AND valid_from <= ?"
                arguments += [asOf.iso]
            }
            sql += " ORDER BY category, valid_from DESC"
            var latest: [Requirement] = []
            for row in try db.rows(sql, arguments) {
                let categoryText: String = row[0]
                guard let category = MusterCore.Category(rawValue: categoryText),
                      latest.last?.category != category,
                      let validFrom = Day(iso: row[1] as String),
                      let amount = LedgerRows.amount(row[2], row[3], row[4]) else { continue }
                latest.append(Requirement(coalition: name, category: category, amount: amount, note: row[5],
                                          validFrom: validFrom))
            }
            return latest
        }
    }

    /// Each requirement in force on `asOf` against the firm (pledged, allocated, delivered)
    /// commitments of the members who had joined by then, as the ledger stood on that day.
    public func gaps(coalition name: String, asOf: Day?) throws -> [Gap] {
        let requirements = try requirements(coalition: name, asOf: asOf)
        guard let coalition = try coalitions().first(where: { $0.name == name }) else {
            throw LedgerError.noSuchCoalition(name)
        }
        let members = Set(coalition.members.filter { member in
            guard let asOf, let joined = member.joined else { return true }
            return joined <= asOf
        }.map(\.actor))
        let firm: Set<CommitmentStatus> = [.pledged, .allocated, .delivered]
        return try requirements.map { requirement in
            let committed = try commitments(CommitmentQuery(category: requirement.category, asOf: asOf))
                .filter { members.contains($0.actor) && firm.contains($0.status) }
            let money = requirement.amount.isMoney
            let required = money
                ? try valueInEUR(requirement.amount, on: requirement.validFrom) ?? requirement.amount.value
                : requirement.amount.value
            var pledged = 0.0, delivered = 0.0, unquantified = 0
            for commitment in committed {
                let value: Double?
                if money {
                    value = commitment.amountEUR
                } else if let amount = commitment.amount,
                          amount.unit.caseInsensitiveCompare(requirement.amount.unit) == .orderedSame {
                    value = amount.value
                } else {
                    value = nil
                }
                guard let value else {
                    unquantified += 1
                    continue
                }
                pledged += value
                if commitment.status == .delivered { delivered += value }
            }
            return Gap(requirement: requirement, unit: money ? "EUR" : requirement.amount.unit, required: required,
                       pledged: pledged, delivered: delivered, unquantified: unquantified,
                       contributors: Set(committed.map(\.actor)).count, members: members.count)
        }
    }
}

extension Gap {
    /// One gap as the CLI and the API print it (ordered keys).
    public var json: JSONValue {
        .object([("coalition", .string(requirement.coalition)), ("category", .string(requirement.category.rawValue)),
                 ("valid_from", .string(requirement.validFrom.iso)),
                 ("requirement", .object([("value", .number(requirement.amount.value)),
                                          ("unit", .string(requirement.amount.unit)),
                                          ("qualifier", .string(requirement.amount.qualifier.rawValue))])),
                 ("note", JSONValue(requirement.note)), ("unit", .string(unit)), ("required", .number(required)),
                 ("pledged", .number(pledged)), ("delivered", .number(delivered)), ("shortfall", .number(shortfall)),
                 ("undelivered", .number(undelivered)), ("contributors", .number(Double(contributors))),
                 ("members", .number(Double(members))), ("unquantified", .number(Double(unquantified)))])
    }

    /// Column names and values for tables and CSV, in the same order.
    public static let columns = ["category", "valid_from", "unit", "required", "pledged", "delivered", "shortfall",
                                 "contributors", "members", "unquantified", "note"]
}
