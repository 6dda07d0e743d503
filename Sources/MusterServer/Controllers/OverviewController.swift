import Hummingbird
import MusterCore
import MusterStore

/// `/`: the coalition's members and what each pledged and delivered, totals by category, and
/// the latest changes.
struct OverviewController {
    let env: ServerEnvironment

    var routes: RouteCollection<BasicRequestContext> {
        let routes = RouteCollection(context: BasicRequestContext.self)
        routes.get("/") { request, _ in try overview(request) }
        return routes
    }

    /// Strongest first: the status a grid cell shows for a member's commitments in a category.
    static let cellOrder: [CommitmentStatus] = [.delivered, .allocated, .pledged, .considering, .withdrawn, .declined]

    func overview(_ request: Request) throws -> Response {
        let state = try env.state(request)
        let asOf = state.asOf
        let records = try env.store.commitments(CommitmentQuery(asOf: asOf))
        let coalitions = try env.store.coalitions()
        let coalition = coalitions.first { $0.name.lowercased().contains("willing") } ?? coalitions.first
        let members = (coalition?.members ?? []).filter { member in
            guard let asOf, let joined = member.joined else { return true }
            return joined <= asOf
        }
        var byActor: [ActorCode: [CommitmentRecord]] = [:]
        for record in records { byActor[record.actor, default: []].append(record) }
        let memberRecords = members.flatMap { byActor[$0.actor] ?? [] }
        let shown = MusterCore.Category.allCases.filter { category in memberRecords.contains { $0.category == category } }
        // Members with commitments first (most first), so the grid opens on what is known; the
        // rest are named in one line under it rather than as rows of empty cells.
        let withCommitments = members.filter { !(byActor[$0.actor] ?? []).isEmpty }
            .sorted { (byActor[$0.actor]?.count ?? 0, $1.actor) > (byActor[$1.actor]?.count ?? 0, $0.actor) }
        let without = members.filter { (byActor[$0.actor] ?? []).isEmpty }
        let grid: [[String: Any]] = withCommitments.map { member in
            let own = byActor[member.actor] ?? []
            let cells: [[String: Any]] = shown.map { category in
                let inCategory = own.filter { $0.category == category }
                guard let best = Self.cellOrder.first(where: { status in inCategory.contains { $0.status == status } }) else {
                    return ["status": "none", "label": "–",
                            "title": "\(member.actor.rawValue), \(Formatting.category(category)): nothing recorded"]
                }
                let count = inCategory.count
                return ["status": best.rawValue, "label": best.rawValue,
                        "title": "\(member.actor.rawValue), \(Formatting.category(category)): \(best.rawValue)"
                            + (count > 1 ? " (\(count) commitments)" : "")]
            }
            let pledged = own.filter { [.pledged, .allocated, .delivered].contains($0.status) }
            let delivered = own.filter { $0.status == .delivered }
            return Views.compact([
                "actor": member.actor.rawValue, "link": "/actors/\(member.actor.rawValue)\(state.asOfQuery)",
                "cells": cells, "pledged": pledged.count, "delivered": delivered.count,
                "pledgedEUR": Formatting.eur(Self.sum(pledged)), "deliveredEUR": Formatting.eur(Self.sum(delivered)),
            ])
        }
        let silent: [[String: Any]] = without.map {
            ["actor": $0.actor.rawValue, "link": "/actors/\($0.actor.rawValue)\(state.asOfQuery)"]
        }
        let totals = Charts.totals(records)
        let entries = try env.store.recentEntries(limit: 12, validOnOrBefore: asOf)
        let timeline = entries.map { Views.entry($0, asOfQuery: state.asOfQuery) }
        let dots = Charts.timeline(entries.compactMap { entry in
            entry.validDate.map { ($0, Views.entry(entry, asOfQuery: "")["text"] as? String ?? entry.kind) }
        })
        let others = records.filter { record in !members.contains { $0.actor == record.actor } }
        return env.pages.page("overview", title: "Overview", state: state, data: [
            "coalition": coalition?.name ?? "", "hasCoalition": coalition != nil, "memberCount": members.count,
            "categories": shown.map { ["label": Formatting.category($0)] }, "grid": grid, "hasGrid": !grid.isEmpty,
            "silent": silent, "hasSilent": !silent.isEmpty, "silentCount": silent.count,
            "chart": Charts.bars(totals), "commitmentCount": records.count,
            "timeline": timeline, "hasTimeline": !timeline.isEmpty, "dots": dots,
            "others": others.prefix(50).map { Views.commitment($0, asOfQuery: state.asOfQuery) },
            "hasOthers": !others.isEmpty, "othersCount": others.count,
        ])
    }

    static func sum(_ records: [CommitmentRecord]) -> Double? {
        let values = records.compactMap(\.amountEUR)
        return values.isEmpty ? nil : values.reduce(0, +)
    }
}
