import Foundation

/// A value crossing between the ledger's logic and a database, whichever it is. The ledger
/// stores only these four kinds (times and days are fixed-width text, see `RecordedTime`), so
/// both backends represent every column without loss: INTEGER/BIGINT, REAL/DOUBLE PRECISION,
/// TEXT, BLOB/BYTEA.
public enum SQLValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
}

/// A Swift value that can be bound as a statement argument.
public protocol SQLBindable {
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable {
    public var sqlValue: SQLValue { self }
}

extension Int64: SQLBindable {
    public var sqlValue: SQLValue { .integer(self) }
}

extension Int: SQLBindable {
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Double: SQLBindable {
    public var sqlValue: SQLValue { .real(self) }
}

extension String: SQLBindable {
    public var sqlValue: SQLValue { .text(self) }
}

extension Substring: SQLBindable {
    public var sqlValue: SQLValue { .text(String(self)) }
}

extension [UInt8]: SQLBindable {
    public var sqlValue: SQLValue { .blob(self) }
}

/// Statement arguments: `nil` binds NULL.
public typealias SQLArguments = [(any SQLBindable)?]

extension Array where Element == (any SQLBindable)? {
    var sqlValues: [SQLValue] { map { $0?.sqlValue ?? .null } }
}

/// A Swift value a result column can be read as. Reading is lenient in one direction only:
/// an integer column read as `Double` converts; anything else that does not fit reads as the
/// type's zero, which the ledger's own columns never produce (their types are fixed by the
/// schema), so it cannot hide a real value.
public protocol SQLDecodable {
    static func decode(_ value: SQLValue) -> Self
}

extension Int64: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Int64 {
        switch value {
        case .integer(let v): return v
        case .real(let v): return Int64(v)
        case .text(let v): return Int64(v) ?? 0
        default: return 0
        }
    }
}

extension Int: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Int { Int(Int64.decode(value)) }
}

extension Double: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Double {
        switch value {
        case .integer(let v): return Double(v)
        case .real(let v): return v
        case .text(let v): return Double(v) ?? 0
        default: return 0
        }
    }
}

extension String: SQLDecodable {
    public static func decode(_ value: SQLValue) -> String {
        switch value {
        case .text(let v): return v
        case .integer(let v): return String(v)
        case .real(let v): return String(v)
        case .blob(let v): return String(decoding: v, as: UTF8.self)
        case .null: return ""
        }
    }
}

extension [UInt8]: SQLDecodable {
    public static func decode(_ value: SQLValue) -> [UInt8] {
        switch value {
        case .blob(let v): return v
        case .text(let v): return Array(v.utf8)
        default: return []
        }
    }
}

extension Bool: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Bool { Int64.decode(value) != 0 }
}

extension Optional: SQLDecodable where Wrapped: SQLDecodable {
    public static func decode(_ value: SQLValue) -> Wrapped? {
        if case .null = value { return nil }
        return Wrapped.decode(value)
    }
}

/// One result row; `row[0]` reads a column as whatever type the context asks for.
public struct SQLRow: Sendable {
    public var values: [SQLValue]

    public init(_ values: [SQLValue]) { self.values = values }

    public var count: Int { values.count }

    public subscript<T: SQLDecodable>(_ index: Int) -> T { T.decode(values[index]) }
}
