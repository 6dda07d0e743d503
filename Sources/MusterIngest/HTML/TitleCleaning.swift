/// Strips the site name that pages append (or prepend) to their titles:
/// "Allies pledge more air defence | Example News" → "Allies pledge more air defence".
enum TitleCleaning {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " // ", " » "]

    static func clean(_ title: String, siteName: String?) -> String {
        var title = title
        if let siteName, !siteName.isEmpty, title.count > siteName.count {
            for separator in separators {
                if title.hasSuffix(separator + siteName) {
                    title.removeLast(separator.count + siteName.count)
                    return title
                }
                if title.hasPrefix(siteName + separator) {
                    title.removeFirst(separator.count + siteName.count)
                    return title
                }
            }
        }
        // Unknown site name: cut the last segment when it is short (a name, not half a headline).
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound]
            let tail = title[range.upperBound...]
            let tailWords = tail.split(separator: " ").count
            let headWords = head.split(separator: " ").count
            let strongSeparator = separator == " | " || separator == " :: " || separator == " // "
            if tailWords <= (strongSeparator ? 6 : 4) && headWords >= 3 {
                return String(head)
            }
        }
        return title
    }
}
