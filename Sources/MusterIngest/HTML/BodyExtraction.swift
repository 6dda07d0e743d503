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
        // Every top-level element (normally just <html>) counts towards the page's total.
        let total = Float(records.indices.lazy.filter { records[$0].parent < 0 }.reduce(Int32(0)) {
            $0 + raw.paragraphText[$1]
        })
        let stats = SubtreeStats(records, chrome: chrome) { index in
            total == 0 || Float(raw.paragraphText[index]) < total * Self.protectedShare
        }
        let scoring = BodyScoring(records: records, stats: stats)
        let (roots, best) = scoring.chooseBody()
        guard !roots.isEmpty else { return "" }
        return BodyAssembler(records: records, stats: stats, scores: scoring, title: title, best: best).assemble(roots)
    }
}
