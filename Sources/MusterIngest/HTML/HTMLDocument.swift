import CLibXML2

/// One libxml2 HTML parse, freed when the value goes away. libxml2's recovering parser accepts
/// any byte soup (truncated tags, stray end tags, unclosed comments) and builds some tree.
final class HTMLDocument {
    let pointer: xmlDocPtr

    /// HTML_PARSE_IGNORE_ENC as well: the text is already decoded to UTF-8, so a `<meta charset>`
    /// naming another encoding must not make libxml2 decode it a second time.
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue
        | HTML_PARSE_IGNORE_ENC.rawValue)

    /// libxml2 must initialise its globals once before threads parse concurrently; a static
    /// `let` runs this exactly once, thread-safely.
    private static let libraryReady: Void = xmlInitParser()

    init?(html: String) {
        Self.libraryReady
        var html = html
        let stripped = html.withUTF8 { RawTextStripper.strip($0) }
        let document: xmlDocPtr? = stripped.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0, bytes.count < Int(Int32.max) else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
                htmlReadMemory(characters, Int32(bytes.count), nil, "UTF-8", Self.options)
            }
        }
        guard let document else { return nil }
        pointer = document
    }

    deinit { xmlFreeDoc(pointer) }
}
