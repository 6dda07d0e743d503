/// RFC 4180 CSV: fields separated by commas, quoted with `"` when they hold a comma, a quote or
/// a line break, quotes doubled inside. Lines end with `\n`; `\r\n` is accepted on input.
public enum CSV {
    public static func field(_ value: String) -> String {
        var needsQuotes = false
        for byte in value.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
            || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }

    public struct Failure: Error, CustomStringConvertible {
        public let row: Int
        public let problem: String
        public var description: String { "row \(row): \(problem)" }
    }

    /// Parses the text into rows of fields. Row numbers (for errors) count the header as row 1.
    public static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var afterQuote = false
        var fieldStarted = false
        let bytes = Array(text.utf8)
        var index = 0
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterQuote = false
            fieldStarted = false
        }
        func endRow() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(fields) }
            fields = []
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","): endField()
            case 0x0A: endRow()
            case 0x0D where index < bytes.count && bytes[index] == 0x0A: continue
            case UInt8(ascii: "\"") where !fieldStarted:
                inQuotes = true
                fieldStarted = true
            default:
                if afterQuote {
                    throw Failure(row: rows.count + 1, problem: "text after a closing quote")
                }
                field.append(byte)
                fieldStarted = true
            }
        }
        if inQuotes { throw Failure(row: rows.count + 1, problem: "unterminated quoted field") }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRow() }
        return rows
    }

    /// A number as people write it: whole numbers without ".0".
    public static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9.0e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
