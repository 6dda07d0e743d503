import MusterCore
import MusterStore

/// Geometry for the SVG charts, computed on the server so the pages need no script. The
/// templates only place the numbers computed here; every mark carries a <title> and the
/// chart an aria label, so screen readers read the same figures.
enum Charts {
    struct CategoryTotal {
        var category: MusterCore.Category
        var pledged: Int
        var delivered: Int
        var pledgedEUR: Double
        var deliveredEUR: Double
    }

    /// Pledged (pledged, allocated or delivered) and delivered per category.
    static func totals(_ counts: [StatusCount]) -> [CategoryTotal] {
        var byCategory: [MusterCore.Category: CategoryTotal] = [:]
        for count in counts {
            var total = byCategory[count.category]
                ?? CategoryTotal(category: count.category, pledged: 0, delivered: 0, pledgedEUR: 0, deliveredEUR: 0)
            switch count.status {
            case .pledged, .allocated:
                total.pledged += count.count
                total.pledgedEUR += count.eur
            case .delivered:
                total.pledged += count.count
                total.delivered += count.count
                total.pledgedEUR += count.eur
                total.deliveredEUR += count.eur
            case .considering, .declined, .withdrawn:
                break
            }
            byCategory[count.category] = total
        }
        return MusterCore.Category.allCases.compactMap { byCategory[$0] }.filter { $0.pledged > 0 }
    }

    static let labelWidth = 150.0
    static let barSpace = 430.0
    static let rowHeight = 40.0

    /// Horizontal paired bars (pledged, delivered) per category.
    static func bars(_ totals: [CategoryTotal]) -> [String: Any] {
        let maximum = Double(max(1, totals.map(\.pledged).max() ?? 1))
        let rows: [[String: Any]] = totals.enumerated().map { index, total in
            let y = 30 + Double(index) * rowHeight
            let label = Formatting.category(total.category)
            let pledgedWidth = max(1, Double(total.pledged) / maximum * barSpace)
            let deliveredWidth = total.delivered == 0 ? 0 : max(1, Double(total.delivered) / maximum * barSpace)
            return [
                "label": label, "labelY": y + 17, "pledgedY": y, "deliveredY": y + 16,
                "pledgedWidth": pledgedWidth, "deliveredWidth": deliveredWidth,
                "pledged": total.pledged, "delivered": total.delivered,
                "pledgedTextX": labelWidth + pledgedWidth + 6, "deliveredTextX": labelWidth + deliveredWidth + 6,
                "pledgedTextY": y + 11, "deliveredTextY": y + 27,
                "pledgedEUR": Formatting.eur(total.pledgedEUR == 0 ? nil : total.pledgedEUR),
                "deliveredEUR": Formatting.eur(total.deliveredEUR == 0 ? nil : total.deliveredEUR),
            ]
        }
        return ["rows": rows, "height": 40 + Double(totals.count) * rowHeight, "labelWidth": labelWidth,
                "hasRows": !rows.isEmpty]
    }

    /// Dots on a date axis, one per dated entry, newest at the right.
    static func timeline(_ points: [(day: Day, label: String)]) -> [String: Any] {
        guard let first = points.map(\.day).min(), let last = points.map(\.day).max() else { return ["hasPoints": false] }
        let span = Double(max(1, last.daysSinceEpoch - first.daysSinceEpoch))
        let width = 580.0
        let dots: [[String: Any]] = points.enumerated().map { index, point in
            let x = 10 + Double(point.day.daysSinceEpoch - first.daysSinceEpoch) / span * width
            return ["x": x, "y": 20 + Double(index % 3) * 8, "label": "\(point.day.iso): \(point.label)"]
        }
        return ["hasPoints": true, "dots": dots, "first": first.iso, "last": last.iso, "lastX": width + 10]
    }
}
