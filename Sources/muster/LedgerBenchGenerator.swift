import MusterCore

/// Deterministic synthetic reporting for `muster bench ledger`: articles of a few paragraphs,
/// each with three commitment claims drawn from a fixed population of actors, categories and
/// objects, so that many documents corroborate the same commitments, as real coverage does.
struct LedgerBenchGenerator {
    static let actors: [ActorCode] = [
        "FR", "GB", "DE", "PL", "NL", "IT", "ES", "SE", "DK", "FI", "NO", "BE", "CZ", "EE", "LV",
        "LT", "RO", "PT", "IE", "AT", "CA", "AU", "JP", "US", "TR", "GR", "HR", "SK", "SI", "LU",
    ]
    static let objects = ["package", "reassurance force", "IRIS-T systems", "training mission",
                          "reparations loan", "Patriot batteries", "drone coalition", "artillery shells"]
    static let currencies = ["EUR", "USD", "GBP", "SEK", "NOK", "DKK", "PLN", "JPY"]

    private var random: SplitMix64

    init(seed: UInt64 = 0x5EED) { random = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { random.next() }

    mutating func pick<T>(_ values: [T]) -> T { random.element(of: values) }

    static let firstDay = Day(year: 2022, month: 2, day: 24)!
    static let days = 1700

    /// One article: its text (as a page would carry it) and the claims it makes.
    mutating func document(_ n: Int) -> (text: String, published: Day, claims: [Claim]) {
        let published = Self.firstDay.adding(days: Int(next() % UInt64(Self.days)))
        var claims: [Claim] = []
        var sentences: [String] = []
        for _ in 0..<3 {
            let actor = pick(Self.actors)
            let category = pick(MusterCore.Category.allCases)
            let status = pick(CommitmentStatus.allCases.prefix(4).map { $0 })
            let object = pick(Self.objects)
            var amount: Quantity?
            if category == .financial || category == .equipment || category == .humanitarian {
                amount = Quantity(value: Double(1 + next() % 5000) * 1e6, unit: pick(Self.currencies))
            }
            let sentence = "\(actor.rawValue) \(status.rawValue) \(object) for Ukraine (\(category.rawValue)), report \(n)."
            sentences.append(sentence)
            claims.append(.commitment(Commitment(actor: actor, recipient: "UA", category: category, status: status,
                                                 amount: amount, object: object, quote: sentence)))
        }
        let filler = "Officials met in a European capital to discuss support for Ukraine and the follow-through "
            + "of earlier announcements, according to people familiar with the talks. "
        let text = "Bench report \(n)\n\n\(published.iso)\n\n" + sentences.joined(separator: " ") + "\n\n"
            + String(repeating: filler, count: 6) + "\n\nEnd of report \(n)."
        return (text, published, claims)
    }
}
