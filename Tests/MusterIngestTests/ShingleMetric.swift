/// The article-body benchmark's metric, exactly as ../shared/tools/score_body.py computes it:
/// `\w+` tokens (case kept), overlapping 4-token shingles, per-page true/false positives and
/// false negatives normalised by their sum, precision averaged over pages that predicted
/// something, recall over pages with a non-empty truth, F1 of the two averages.
enum ShingleMetric {
    struct Counts {
        var truePositive = 0.0
        var falsePositive = 0.0
        var falseNegative = 0.0
    }

    /// Python's `\w` on str: a letter (Lu Ll Lt Lm Lo), anything with a numeric value, or `_`.
    static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
                || value == 95
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if isWord(scalars[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                words.append(Substring(scalars[begun..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let begun = start { words.append(Substring(scalars[begun...])) }
        return words
    }

    static func shingles(_ text: String, size: Int = 4) -> [String: Int] {
        let words = words(text)
        var counts: [String: Int] = [:]
        if words.count < size {
            if !words.isEmpty { counts[words.joined(separator: "\u{1}")] = 1 }
            return counts
        }
        for start in 0...(words.count - size) {
            counts[words[start..<start + size].joined(separator: "\u{1}"), default: 0] += 1
        }
        return counts
    }

    static func pageCounts(truth: String, predicted: String) -> Counts {
        let expected = shingles(truth)
        let found = shingles(predicted)
        var truePositive = 0
        var falsePositive = 0
        var falseNegative = 0
        for (shingle, count) in found {
            let wanted = expected[shingle] ?? 0
            truePositive += min(count, wanted)
            falsePositive += max(count - wanted, 0)
        }
        for (shingle, count) in expected {
            falseNegative += max(count - (found[shingle] ?? 0), 0)
        }
        let total = Double(truePositive + falsePositive + falseNegative)
        guard total > 0 else { return Counts() }
        return Counts(truePositive: Double(truePositive) / total, falsePositive: Double(falsePositive) / total,
                      falseNegative: Double(falseNegative) / total)
    }

    /// (precision, recall, F1) over pages.
    static func score(_ pages: [Counts]) -> (precision: Double, recall: Double, f1: Double) {
        func precision(_ c: Counts) -> Double {
            if c.falsePositive == 0 && c.falseNegative == 0 { return 1 }
            return c.truePositive + c.falsePositive > 0 ? c.truePositive / (c.truePositive + c.falsePositive) : 0
        }
        func recall(_ c: Counts) -> Double {
            if c.falsePositive == 0 && c.falseNegative == 0 { return 1 }
            return c.truePositive + c.falseNegative > 0 ? c.truePositive / (c.truePositive + c.falseNegative) : 0
        }
        let precisions = pages.filter { $0.truePositive + $0.falsePositive > 0 }.map(precision)
        let recalls = pages.filter { $0.truePositive + $0.falseNegative > 0 }.map(recall)
        let p = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let r = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
}
