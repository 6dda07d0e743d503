/// JSON-LD `articleBody` as article text: tags some sites leave in it removed, whitespace
/// collapsed within lines, line breaks kept as paragraph breaks.
enum LinkedDataText {
    /// Shorter declared bodies are teasers, not the article.
    static let minimumLength = 500

    static func plain(_ body: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(body.utf8.count)
        var inTag = false
        var pendingSpace = false
        var pendingBreak = false
        for byte in body.utf8 {
            if inTag {
                if byte == UInt8(ascii: ">") { inTag = false; pendingSpace = true }
                continue
            }
            switch byte {
            case UInt8(ascii: "<"):
                inTag = true
            case 10, 13:
                pendingBreak = true
            case 32, 9, 12:
                pendingSpace = true
            default:
                if !output.isEmpty {
                    if pendingBreak {
                        output.append(10); output.append(10)
                    } else if pendingSpace {
                        output.append(32)
                    }
                }
                pendingBreak = false
                pendingSpace = false
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
