/// English number words up to the hundreds ("twenty-six" is read by the quantity parser from
/// "twenty", a joined hyphen and "six").
enum NumberWords {
    static let units: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12,
    ]
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    static func value(_ word: String) -> Int? { units[word] ?? tens[word] }

    /// Reads a number written in words at `start`; returns its value and the end index.
    static func read(_ tokens: [Token], at start: Int) -> (value: Double, end: Int)? {
        let word = tokens[start].lower
        if let ten = tens[word] {
            if start + 2 < tokens.count, tokens[start + 1].isJoinedHyphen, let unit = units[tokens[start + 2].lower], unit < 10 {
                return (Double(ten + unit), start + 3)
            }
            return (Double(ten), start + 1)
        }
        if let unit = units[word], word != "dozen" {
            if start + 1 < tokens.count, tokens[start + 1].lower == "hundred" { return (Double(unit * 100), start + 2) }
            return (Double(unit), start + 1)
        }
        return nil
    }
}
