/// Word classes the stages test on every token, looked up once per token when it is made, so
/// each stage checks a bit instead of hashing the word again.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt32

    static let statusStart = WordClasses(rawValue: 1 << 0)
    static let dateWord = WordClasses(rawValue: 1 << 1)
    static let eventWord = WordClasses(rawValue: 1 << 2)
    static let numberWord = WordClasses(rawValue: 1 << 3)
    static let attackWord = WordClasses(rawValue: 1 << 4)
    static let militaryWord = WordClasses(rawValue: 1 << 5)

    static let table: [UInt64: WordClasses] = {
        var table: [UInt64: WordClasses] = [:]
        func mark(_ words: some Sequence<String>, _ flag: WordClasses) {
            for word in words { table[Token.key(of: word), default: []].insert(flag) }
        }
        mark(StatusFinder.starts, .statusStart)
        mark(DateExpressions.starts, .dateWord)
        mark(EventRules.starts, .eventWord)
        mark(NumberWords.units.keys, .numberWord)
        mark(NumberWords.tens.keys, .numberWord)
        mark(IncidentRules.attackVerbs.union(IncidentRules.attackNouns), .attackWord)
        mark(CommitmentRules.militaryWords, .militaryWord)
        return table
    }()

    static func of(key: UInt64) -> WordClasses { table[key] ?? [] }
}
