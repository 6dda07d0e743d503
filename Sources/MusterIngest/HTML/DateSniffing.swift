import MusterCore

/// Days from the date strings pages carry: ISO 8601 ("2019-11-18T09:00:00Z"), slashed
/// ("2019/11/18"), RFC 2822 ("Mon, 18 Nov 2019 …"), written ("November 18, 2019"), and the
/// `/2019/11/18/` folders of article URLs.
enum DateSniffing {
    static func day(in text: String) -> Day? {
        let bytes = Array(text.utf8)
        return numericDay(bytes) ?? writtenDay(bytes)
    }

    /// The first year-month-day run of digits, separated by '-', '/', '.' or '_'.
    static func numericDay(_ bytes: [UInt8]) -> Day? {
        var index = 0
        while index + 8 <= bytes.count {
            if let year = number(bytes, index, 4), (1990...2099).contains(year),
               index == 0 || !isDigit(bytes[index - 1]),
               isSeparator(bytes[index + 4]) {
                let separator = bytes[index + 4]
                var cursor = index + 5
                if let (month, next) = shortNumber(bytes, cursor), next < bytes.count, bytes[next] == separator {
                    cursor = next + 1
                    if let (day, end) = shortNumber(bytes, cursor), end == bytes.count || !isDigit(bytes[end]),
                       let found = Day(year: year, month: month, day: day) {
                        return found
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// "18 Nov 2019", "November 18, 2019", "Nov. 18th 2019".
    static func writtenDay(_ bytes: [UInt8]) -> Day? {
        var words: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes + [32] {
            if isDigit(byte) || (byte | 0x20 >= 97 && byte | 0x20 <= 122) {
                current.append(byte | (isDigit(byte) ? 0 : 0x20))
            } else if !current.isEmpty {
                words.append(current)
                current = []
            }
        }
        for (position, word) in words.enumerated() {
            guard word.count >= 3, let month = month(word) else { continue }
            var day: Int?
            var year: Int?
            for neighbour in words[max(0, position - 2)..<min(words.count, position + 3)] {
                let digits = neighbour.prefix { isDigit($0) }
                guard !digits.isEmpty else { continue }
                let value = digits.reduce(0) { $0 * 10 + Int($1 - 48) }
                if digits.count == 4, (1990...2099).contains(value), year == nil { year = value }
                else if digits.count <= 2, (1...31).contains(value), day == nil { day = value }
            }
            if let year, let day, let found = Day(year: year, month: month, day: day) { return found }
        }
        return nil
    }

    /// A date in the path of an article URL; query and fragment are ignored.
    static func dayInURL(_ url: String) -> Day? {
        var path = Array(url.utf8)
        if let cut = path.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            path = Array(path[..<cut])
        }
        return numericDay(path)
    }

    private static let months: [String] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                           "oct", "nov", "dec"]

    private static func month(_ word: [UInt8]) -> Int? {
        let prefix = String(decoding: word.prefix(3), as: UTF8.self)
        guard let index = months.firstIndex(of: prefix) else { return nil }
        return index + 1
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for index in start..<start + length {
            guard isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 48)
        }
        return value
    }

    /// One or two digits.
    private static func shortNumber(_ bytes: [UInt8], _ start: Int) -> (Int, Int)? {
        guard start < bytes.count, isDigit(bytes[start]) else { return nil }
        if start + 1 < bytes.count, isDigit(bytes[start + 1]) {
            return (Int(bytes[start] - 48) * 10 + Int(bytes[start + 1] - 48), start + 2)
        }
        return (Int(bytes[start] - 48), start + 1)
    }
}
