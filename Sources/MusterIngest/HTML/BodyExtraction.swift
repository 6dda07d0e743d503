import Foundation
import CLibXML2
/// Chooses what chrome to remove, scores, picks the body and writes its text.
struct BodyExtraction {
    let records: [NodeRecord]
    let title: String?

    /// A chrome-looking element that holds at least this share of the page's paragraph text is
    /// a wrapper of the article (`<div class="has-sidebar">`), not chrome.
    static let protectedShare: Float = 0.5
    /// Less text than this means the class/id words were wrong about a wrapper: try without them.
    static let retryBelow = 250

    func text() -> String {
        guard !records.isEmpty else { return "" }
        let raw = SubtreeStats(records, chrome: []) { _ in false }
        let first = text(raw: raw, chrome: [.chrome, .chromeWords])
        guard first.utf8.count < Self.retryBelow else { return first }
        let second = text(raw: raw, chrome: [.chrome])
        return second.utf8.count > first.utf8.count ? second : first
    }

    private func text(raw: SubtreeStats, chrome: NodeFlags) -> String {
        let total = Float(raw.paragraphText[0])
        let stats = SubtreeStats(records, chrome: chrome) { index in
            total == 0 || Float(raw.paragraphText[index]) < total * Self.protectedShare
        }
        let scoring = BodyScoring(records: records, stats: stats)
        let (roots, best) = scoring.chooseBody()
        if ProcessInfo.processInfo.environment["MUSTER_HTML_DEBUG"] != nil { debugDump(stats: stats, scoring: scoring, roots: roots) }
        guard !roots.isEmpty else { return "" }
        return BodyAssembler(records: records, stats: stats, scores: scoring, title: title, best: best).assemble(roots)
    }
}

extension BodyExtraction {
    func debugDump(stats: SubtreeStats, scoring: BodyScoring, roots: [Int]) {
        func describe(_ i: Int) -> String {
            let r = records[i]
            var cls = ""
            if let c = NodeTable.attribute(r.node, AttributeKeys.class) { cls = String(cString: c) }
            if let c = NodeTable.attribute(r.node, AttributeKeys.id) { cls += "#" + String(cString: c) }
            return "\(i) \(r.kind) [\(cls.prefix(60))] text \(stats.text[i]) link \(stats.linkText[i]) para \(stats.paragraphText[i]) score \(scoring.scores[i] ?? -1) removed \(stats.removed[i]) flags \(r.flags.rawValue)"
        }
        let ranked = scoring.scores.indices.filter { scoring.scores[$0] != nil }.sorted { scoring.scores[$0]! > scoring.scores[$1]! }
        for i in ranked.prefix(8) { FileHandle.standardError.write(("cand " + describe(i) + "\n").data(using: .utf8)!) }
        for i in roots { FileHandle.standardError.write(("root " + describe(i) + "\n").data(using: .utf8)!)
            var p = Int(records[i].parent); while p >= 0 { FileHandle.standardError.write(("   up " + describe(p) + "\n").data(using: .utf8)!); p = Int(records[p].parent) } }
    }
}
