import MusterCore
import MusterIngest

/// The human-readable form of `muster extract`: a short header, then the text.
enum DocumentPrinter {
    static func render(_ document: IngestedDocument) -> String {
        let record = document.record
        var lines: [String] = []
        lines.append("title:     \(record.title ?? "—")")
        lines.append("published: \(record.published?.iso ?? "—")")
        lines.append("tags:      \(record.tags.isEmpty ? "—" : record.tags.joined(separator: ", "))")
        lines.append("input:     \(document.kind.rawValue), \(document.charset), "
            + "\(record.text.utf8.count) bytes of text in \(document.sentences.count) sentences")
        lines.append("")
        lines.append(record.text)
        return lines.joined(separator: "\n")
    }
}
