/// Chooses what chrome to remove, scores, picks the body and writes its text.
struct BodyExtraction {
    let records: [NodeRecord]
    let title: String?

    /// A chrome-looking element that holds at least this share of the page's paragraph text is
    /// a wrapper of the article (`<div class="has-sidebar">`), not chrome.
    static let protectedShare: Float = 0.5

    func text() -> String {
        guard !records.isEmpty else { return "" }
        let raw = SubtreeStats(records) { _ in false }
        let total = Float(raw.paragraphText[0])
        let stats = SubtreeStats(records) { index in
            Float(raw.paragraphText[index]) < total * Self.protectedShare || total == 0
        }
        let scoring = BodyScoring(records: records, stats: stats)
        let roots = scoring.chooseBody()
        guard !roots.isEmpty else { return "" }
        return BodyAssembler(records: records, stats: stats, scores: scoring, title: title).assemble(roots)
    }
}
