/// The site's category line: "In en, politics, War", "Categories: Politics, Europe",
/// "Filed under: War · Europe", "Tags: sanctions, EU". Language codes in it ("en") name the
/// edition, not a topic: they are returned apart and are not tags.
struct CategoryLine: Equatable, Sendable {
    var tags: [String]
    var language: String?

    /// Reads `line` as a category line. `inHeader` allows the bare "In a, b, c" form, which
    /// only sites' header strips use (in a body, "In Kyiv, officials said…" is a sentence).
    static func parse(_ line: TextLine, inHeader: Bool) -> CategoryLine? {
        guard line.words <= 16, !line.endsSentence else { return nil }
        let text = line.text
        var list: Substring
        var bare = false
        if let rest = labelled(text) {
            list = rest
        } else if inHeader, text.hasPrefix("In ") {
            list = text.dropFirst(3)
            bare = true
        } else {
            return nil
        }
        let items = list.split(whereSeparator: { $0 == "," || $0 == "|" || $0 == "·" || $0 == "•" || $0 == ";" })
            .map { TextLine.trimmed($0) }
            .filter { !$0.isEmpty }
        guard !items.isEmpty, items.allSatisfy({ TextLine($0).words <= 4 }) else { return nil }
        let codes = items.filter { isLanguageCode($0) }
        if bare {
            // "In en, politics, War": a language code first, or a list of three or more.
            guard items.count >= 2, codes.first == items.first || items.count >= 3,
                  !items.contains(where: { $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        }
        return CategoryLine(tags: items.filter { !isLanguageCode($0) }.map(String.init),
                            language: codes.first.map(String.init))
    }

    /// The list after a label such as "Categories:", "Tags:", "Filed under", "Posted in".
    private static func labelled(_ text: Substring) -> Substring? {
        let lowered = text.prefix(16).lowercased()
        for label in ["categories:", "category:", "tags:", "topics:", "filed under:", "filed under",
                      "posted in:", "posted in", "section:", "sections:", "rubric:"]
        where lowered.hasPrefix(label) {
            return text.dropFirst(label.count)
        }
        return nil
    }

    /// ISO 639-1 codes written as site editions print them: two lower-case letters.
    static func isLanguageCode(_ item: Substring) -> Bool {
        item.utf8.count == 2 && languageCodes.contains(String(item))
    }

    static let languageCodes: Set<String> = [
        "en", "uk", "ru", "fr", "de", "es", "it", "pl", "pt", "nl", "sv", "no", "nb", "da", "fi",
        "cs", "sk", "hu", "ro", "bg", "el", "tr", "ar", "zh", "ja", "ko", "he", "fa", "ur", "hi",
        "lt", "lv", "et", "be", "ka", "hy", "az", "kk", "sr", "hr", "sl", "bs", "mk", "sq", "ga",
        "cy", "is", "mt", "ms", "id", "th", "vi", "ua",
    ]
}
