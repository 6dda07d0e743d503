import Hummingbird
import MusterCore
import MusterStore

/// `/`: the coalition's members and what each pledged and delivered, totals by category, and
/// the latest changes.
///
/// It reads counts (actor × category × status), not commitments: today's view is one GROUP BY
/// over the projection however large the ledger; an as-of view counts that day's commitments.
struct OverviewController {
    let env: ServerEnvironment

    var routes: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("/") { request, context in
            Responses.html(try env.cached(request, variant: context.pageVariant) { try overview(request, context) })
        }
        return routes
    }

    /// Strongest first: the status a grid cell shows for a member's commitments in a category.
    static let cellOrder: [CommitmentStatus] = [.delivered, .allocated, .pledged, .considering, .withdrawn, .declined]
    static let firm: Set<CommitmentStatus> = [.pledged, .allocated, .delivered]

    static func counts(of records: [CommitmentRecord]) -> [StatusCount] {
        var table: [String: StatusCount] = [:]
        for record in records {
            let key = "\(record.actor.rawValue)\t\(record.category.rawValue)\t\(record.status.rawValue)"
            var count = table[key] ?? StatusCount(actor: record.actor, category: record.category, status: record.status,
                                                  count: 0, eur: 0)
            count.count += 1
            count.eur += record.amountEUR ?? 0
            table[key] = count
        }
        return Array(table.values)
    }

    func overview(_ request: Request, _ context: AppRequestContext) throws -> String {
        let state = try env.state(request, context)
        let asOf = state.asOf
        let counts = try asOf.map { try Self.counts(of: env.store.commitments(CommitmentQuery(asOf: $0))) }
            ?? env.store.statusCounts()
        let coalitions = try env.store.coalitions()
        let coalition = coalitions.first { $0.name.lowercased().contains("willing") } ?? coalitions.first
        let members = (coalition?.members ?? []).filter { member in
            guard let asOf, let joined = member.joined else { return true }
            return joined <= asOf
        }
        let memberSet = Set(members.map(\.actor))
        var byActor: [ActorCode: [StatusCount]] = [:]
        for count in counts { byActor[count.actor, default: []].append(count) }
        func total(_ actor: ActorCode) -> Int { (byActor[actor] ?? []).reduce(0) { $0 + $1.count } }

        let shown = MusterCore.Category.allCases.filter { category in
            counts.contains { $0.category == category && memberSet.contains($0.actor) }
        }
        // Members with commitments first (most first), so the grid opens on what is known; the
        // rest are named in one line under it rather than as rows of empty cells.
        let withCommitments = members.filter { total($0.actor) > 0 }
            .sorted { (total($0.actor), $1.actor) > (total($1.actor), $0.actor) }
        let without = members.filter { total($0.actor) == 0 }
        let grid: [[String: Any]] = withCommitments.map { member in
            let own = byActor[member.actor] ?? []
            let cells: [[String: Any]] = shown.map { category in
                let inCategory = own.filter { $0.category == category }
                let label = "\(member.actor.rawValue), \(Formatting.category(category))"
                guard let best = Self.cellOrder.first(where: { status in inCategory.contains { $0.status == status } }) else {
                    return ["status": "none", "label": "–", "title": "\(label): nothing recorded"]
                }
                let count = inCategory.reduce(0) { $0 + $1.count }
                return ["status": best.rawValue, "label": best.rawValue,
                        "title": "\(label): \(best.rawValue)" + (count > 1 ? " (\(count) commitments)" : "")]
            }
            let pledged = own.filter { Self.firm.contains($0.status) }
            let delivered = own.filter { $0.status == .delivered }
            return Views.compact([
                "actor": member.actor.rawValue, "link": "/actors/\(member.actor.rawValue)\(state.asOfQuery)",
                "cells": cells, "pledged": pledged.reduce(0) { $0 + $1.count },
                "delivered": delivered.reduce(0) { $0 + $1.count },
                "pledgedEUR": Formatting.eur(Self.eur(pledged)), "deliveredEUR": Formatting.eur(Self.eur(delivered)),
            ])
        }
        let silent: [[String: Any]] = without.map {
            ["actor": $0.actor.rawValue, "link": "/actors/\($0.actor.rawValue)\(state.asOfQuery)"]
        }
        // Everyone else with commitments: groups of states, organisations outside the
        // coalition, other states; most commitments first.
        let others: [[String: Any]] = byActor.keys.filter { !memberSet.contains($0) }
            .sorted { (total($0), $1) > (total($1), $0) }.prefix(40).map { actor in
                let own = byActor[actor] ?? []
                let firm = own.filter { Self.firm.contains($0.status) }.reduce(0) { $0 + $1.count }
                return ["actor": Formatting.actor(actor), "link": "/actors/\(actor.rawValue)\(state.asOfQuery)",
                        "count": total(actor), "firm": firm]
            }

        // What the coalition needs against what its members committed, as of the same day.
        let gaps: [[String: Any]] = try coalition.map { try env.store.gaps(coalition: $0.name, asOf: asOf) }?.map { gap in
            let amount = { (value: Double) in
                gap.unit == "EUR" ? Formatting.eur(value) : Formatting.decimal(value) + " " + gap.unit
            }
            return Views.compact([
                "category": Formatting.category(gap.requirement.category), "since": gap.requirement.validFrom.iso,
                "required": amount(gap.required), "pledged": amount(gap.pledged), "delivered": amount(gap.delivered),
                "shortfall": gap.shortfall > 0 ? amount(gap.shortfall) : "met", "note": gap.requirement.note ?? "",
                "unquantified": gap.unquantified, "hasUnquantified": gap.unquantified > 0,
            ])
        } ?? []
        let entries = try env.store.recentEntries(limit: 12, validOnOrBefore: asOf)
        let timeline = entries.map { Views.entry($0, asOfQuery: state.asOfQuery) }
        let dots = Charts.timeline(entries.compactMap { entry in
            entry.validDate.map { ($0, Views.entry(entry, asOfQuery: "")["text"] as? String ?? entry.kind) }
        })
        return env.pages.render("overview", title: "Overview", state: state, data: [
            "coalition": coalition?.name ?? "", "hasCoalition": coalition != nil, "memberCount": members.count,
            "categories": shown.map { ["label": Formatting.category($0)] }, "grid": grid, "hasGrid": !grid.isEmpty,
            "silent": silent, "hasSilent": !silent.isEmpty, "silentCount": silent.count,
            "chart": Charts.bars(Charts.totals(counts)), "commitmentCount": counts.reduce(0) { $0 + $1.count },
            "timeline": timeline, "hasTimeline": !timeline.isEmpty, "dots": dots,
            "others": others, "hasOthers": !others.isEmpty, "gaps": gaps, "hasGaps": !gaps.isEmpty,
        ])
    }

    static func eur(_ counts: [StatusCount]) -> Double? {
        let sum = counts.reduce(0) { $0 + $1.eur }
        return sum == 0 ? nil : sum
    }
}
