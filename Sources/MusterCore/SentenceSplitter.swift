/// Text → sentences with UTF-8 byte offsets, in one pass over the bytes.
///
/// A sentence ends at every line break (so headings and datelines without a full stop stand
/// alone), and at `.` `!` `?` `…` when whitespace and then something that opens a sentence
/// follow: a capital letter, a digit, an opening quote or bracket. (Chinese and Japanese full
/// stops need no space.) Closing quotes and brackets
/// after the terminator stay with the sentence. A single period after an abbreviation or an
/// initial ends nothing, except where the abbreviation can close a sentence ("the U.S.") and a
/// common sentence opener follows ("The", "It"…); see `SentenceLexicon`.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [Sentence] {
        if let sentences = text.utf8.withContiguousStorageIfAvailable({ SentenceScanner.sentences(in: $0) }) {
            return sentences
        }
        // Bridged or lazily built strings have no contiguous UTF-8 until asked for it.
        var contiguous = text
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { SentenceScanner.sentences(in: $0) } ?? []
    }
}

/// The state of one pass: where the current sentence began, and the sentences found so far.
private struct SentenceScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var sentences: [Sentence] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // News prose runs at roughly 120 bytes a sentence; over-reserving is cheap.
        sentences.reserveCapacity(bytes.count / 96 + 1)
    }

    static func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        var scanner = SentenceScanner(bytes)
        scanner.run()
        return scanner.sentences
    }

    private mutating func run() {
        let count = bytes.count
        var start = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            // Most bytes are plain ASCII that can neither break a line nor end a sentence.
            if byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: ".") && byte != UInt8(ascii: "!")
                && byte != UInt8(ascii: "?") {
                index += 1
                continue
            }
            let lineBreak = SentenceByteClasses.lineBreakWidth(bytes, index)
            if lineBreak > 0 {
                emit(start, index)
                index += lineBreak
                start = index
                continue
            }
            guard SentenceByteClasses.terminatorWidth(bytes, index) > 0
                    || SentenceByteClasses.fullWidthTerminatorWidth(bytes, index) > 0 else {
                index += 1  // continuation bytes never look like lead bytes, so stepping by one is safe
                continue
            }
            let boundary = boundaryAfterTerminator(at: index, sentenceStart: start)
            if boundary.splits {
                emit(start, boundary.end)
                start = boundary.end
            }
            index = boundary.resume
        }
        emit(start, count)
    }

    /// Reads the terminators starting at `first`, the closing quotes and brackets after them, and
    /// the space after those; decides whether the sentence ends there.
    /// - Returns: where the sentence would end, where scanning resumes, and whether it ends.
    private func boundaryAfterTerminator(at first: Int, sentenceStart: Int) -> (end: Int, resume: Int, splits: Bool) {
        let count = bytes.count
        var cursor = first
        var periods = 0
        var others = 0
        var fullWidth = 0
        while cursor < count {
            var width = SentenceByteClasses.terminatorWidth(bytes, cursor)
            if width > 0 {
                if bytes[cursor] == UInt8(ascii: ".") { periods += 1 } else { others += 1 }
            } else {
                width = SentenceByteClasses.fullWidthTerminatorWidth(bytes, cursor)
                if width == 0 { break }
                fullWidth += 1
            }
            cursor += width
        }
        var closesQuote = false
        while cursor < count {
            let width = SentenceByteClasses.closerWidth(bytes, cursor)
            if width == 0 { break }
            closesQuote = closesQuote || (bytes[cursor] != UInt8(ascii: ")") && bytes[cursor] != UInt8(ascii: "]"))
            cursor += width
        }
        let end = cursor
        while cursor < count {
            let width = SentenceByteClasses.spaceWidth(bytes, cursor)
            if width == 0 { break }
            cursor += width
        }
        if fullWidth > 0 && periods == 0 && others == 0 {
            return (end, cursor, true)  // "。" needs no space after it; an empty remainder is dropped
        }
        // "1.5bn", "U.S.-led", "example.com": no space, no boundary. At the end of the text or of
        // a line the sentence ends anyway, by the line break or the final emit.
        if cursor == end || cursor >= count || SentenceByteClasses.lineBreakWidth(bytes, cursor) > 0 {
            return (end, end, false)
        }
        guard opensSentence(at: cursor) else { return (end, cursor, false) }
        // “We will win!” Zelensky said. — the attribution belongs to the quoted sentence.
        if closesQuote && SentenceLexicon.isQuoteAttribution(bytes, at: cursor) { return (end, cursor, false) }
        if periods == 1 && others == 0 && !periodEnds(at: first, sentenceStart: sentenceStart, next: cursor) {
            return (end, cursor, false)
        }
        return (end, cursor, true)
    }

    /// A capital letter (or any letter of a script without case), a digit, a currency sign
    /// ("$1.5bn was approved."), or an opening quote or bracket.
    private func opensSentence(at index: Int) -> Bool {
        let byte = bytes[index]
        return SentenceByteClasses.isASCIIDigit(byte) || SentenceByteClasses.isSentenceInitialLetter(bytes, index)
            || SentenceByteClasses.isOpener(bytes, index) || SentenceByteClasses.isCurrencySign(bytes, index)
    }

    /// Whether a lone period at `period`, followed by space and a sentence opener at `next`, ends
    /// the sentence, judging by the word before it.
    private func periodEnds(at period: Int, sentenceStart: Int, next: Int) -> Bool {
        var wordStart = period
        while wordStart > sentenceStart, period - wordStart <= 16 {
            let byte = bytes[wordStart - 1]
            guard SentenceByteClasses.isASCIILetter(byte) || byte == UInt8(ascii: ".") else { break }
            wordStart -= 1
        }
        if wordStart > sentenceStart && !isWordBoundary(before: wordStart) {
            return true  // a longer or non-ASCII word ("Zürich.", "reconstruction."): no abbreviation
        }
        while wordStart < period && bytes[wordStart] == UInt8(ascii: ".") { wordStart += 1 }
        if wordStart == period {
            return !isListNumber(endingAt: period, sentenceStart: sentenceStart)
        }
        if period - wordStart == 1 && wordStart > sentenceStart
            && SentenceByteClasses.isASCIIDigit(bytes[wordStart - 1]) {
            return true  // a unit or model ("5500M.", "3D."), not an initial
        }
        switch SentenceLexicon.classify(bytes, wordStart..<period) {
        case .none:
            return true
        case .neverEnds:
            return false
        case .beforeNumber:
            return !(SentenceByteClasses.isASCIIDigit(bytes[next]) || bytes[next] == UInt8(ascii: "#"))
        case .canEnd:
            let opener = bytes[next]
            let isQuote = SentenceByteClasses.isOpener(bytes, next) && opener != UInt8(ascii: "(")
                && opener != UInt8(ascii: "[")
            return isQuote || SentenceLexicon.opensSentence(bytes, at: next)
        }
    }

    /// Whether the letters-and-dots word starting at `index` is a whole word: what precedes it is
    /// not a letter (of any script) or a character the word scan stopped on for its length.
    private func isWordBoundary(before index: Int) -> Bool {
        let byte = bytes[index - 1]
        if byte < 0x80 { return !SentenceByteClasses.isASCIILetter(byte) && byte != UInt8(ascii: ".") }
        guard let scalar = SentenceByteClasses.scalar(bytes, endingAt: index) else { return true }
        return !scalar.properties.isAlphabetic
    }

    /// "1." to "999." opening a sentence is an item number, not a sentence of its own.
    private func isListNumber(endingAt period: Int, sentenceStart: Int) -> Bool {
        var digitStart = period
        while digitStart > sentenceStart, SentenceByteClasses.isASCIIDigit(bytes[digitStart - 1]) { digitStart -= 1 }
        guard digitStart < period, period - digitStart <= 3 else { return false }
        return firstContent(from: sentenceStart, to: period) == digitStart
    }

    private func firstContent(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            let width = SentenceByteClasses.trimmableWidth(bytes, index)
            if width == 0 { break }
            index += width
        }
        return index
    }

    /// Appends `from..<to` trimmed of surrounding space, unless nothing is left.
    private mutating func emit(_ from: Int, _ to: Int) {
        let start = firstContent(from: from, to: to)
        var end = to
        while end > start {
            let width = SentenceByteClasses.trimmableWidth(bytes, endingAt: end)
            if width == 0 || end - width < start { break }
            end -= width
        }
        guard start < end else { return }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        sentences.append(Sentence(start: start, end: end, text: text))
    }
}
