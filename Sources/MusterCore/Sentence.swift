/// A sentence of a document's text, located by UTF-8 byte offsets into that text so that the
/// evidence view can highlight it without re-searching (and so offsets are stable across
/// languages that count characters differently).
public struct Sentence: Hashable, Sendable {
    /// Byte offsets into the document text's UTF-8 view, `start..<end`.
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
