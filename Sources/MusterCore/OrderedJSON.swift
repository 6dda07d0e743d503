import Foundation

/// A JSON value whose objects keep their keys in the order written.
///
/// Foundation's `JSONEncoder` on Linux emits keys in hash order, which changes from run to run;
/// Muster's output must be deterministic and read like the spec ("type" first), so records
/// render themselves through this instead.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// Compact JSON text, no insignificant whitespace, "/" unescaped.
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    public func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += JSONValue.format(value)
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += "," }
                JSONValue.writeString(key, to: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func writeString(_ value: String, to out: inout String) {
        out += "\""
        // Fast path: most strings need no escaping and are appended whole, not scalar by scalar.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += value
            out += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

/// Types that render as an ordered JSON object (documents, claims, ledger rows).
public protocol JSONRepresentable {
    var json: JSONValue { get }
}

extension JSONValue {
    public init(_ value: String?) { self = value.map { .string($0) } ?? .null }
    public init(_ value: Int?) { self = value.map { .number(Double($0)) } ?? .null }
    public init(_ value: Day?) { self = value.map { .string($0.iso) } ?? .null }
    public init(_ value: ActorCode?) { self = value.map { .string($0.rawValue) } ?? .null }
    public init(_ value: Quantity?) { self = value?.json ?? .null }
}

extension Quantity: JSONRepresentable {
    public var json: JSONValue {
        .object([("value", .number(value)), ("unit", .string(unit)), ("qualifier", .string(qualifier.rawValue))])
    }
}

extension DocumentRecord: JSONRepresentable {
    public var json: JSONValue {
        .object([
            ("type", "document"), ("id", .string(id)), ("title", JSONValue(title)),
            ("published", JSONValue(published)), ("language", JSONValue(language)),
            ("tags", .array(tags.map { .string($0) })), ("text", .string(text)),
        ])
    }
}

extension Commitment: JSONRepresentable {
    public var json: JSONValue {
        .object([
            ("type", "commitment"), ("actor", .string(actor.rawValue)), ("actor_count", JSONValue(actorCount)),
            ("recipient", JSONValue(recipient)), ("category", .string(category.rawValue)),
            ("status", .string(status.rawValue)), ("amount", JSONValue(amount)),
            ("condition", JSONValue(condition)), ("object", JSONValue(object)), ("quote", .string(quote)),
        ])
    }
}

extension Event: JSONRepresentable {
    public var json: JSONValue {
        .object([
            ("type", "event"), ("name", JSONValue(name)), ("date", JSONValue(date)), ("place", JSONValue(place)),
            ("participants", .array(participants.map { .string($0.rawValue) })), ("quote", .string(quote)),
        ])
    }
}

extension Incident: JSONRepresentable {
    public var json: JSONValue {
        .object([
            ("type", "incident"), ("actor", JSONValue(actor)), ("target", JSONValue(target)),
            ("weapon", JSONValue(weapon?.rawValue)), ("launched", JSONValue(launched)),
            ("intercepted", JSONValue(intercepted)), ("date", JSONValue(date)), ("quote", .string(quote)),
        ])
    }
}

extension Claim: JSONRepresentable {
    public var json: JSONValue {
        switch self {
        case .commitment(let claim): return claim.json
        case .event(let claim): return claim.json
        case .incident(let claim): return claim.json
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}
