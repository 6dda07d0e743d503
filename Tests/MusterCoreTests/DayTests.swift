import Foundation
import Testing
@testable import MusterCore

@Suite struct DayTests {
    @Test func parsesAndPrintsISODays() throws {
        let day = try #require(Day(iso: "2025-09-05"))
        #expect(day.year == 2025 && day.month == 9 && day.day == 5)
        #expect(day.iso == "2025-09-05")
        #expect(Day(iso: "2025-02-30") == nil)
        #expect(Day(iso: "2025-9-5") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
    }

    @Test func resolvesWeekdaysBackwards() throws {
        let friday = try #require(Day(iso: "2025-09-05"))
        #expect(friday.weekday == 5)
        #expect(friday.latest(weekday: 4).iso == "2025-09-04")
        #expect(friday.latest(weekday: 5).iso == "2025-09-05")
        #expect(friday.latest(weekday: 6).iso == "2025-08-30")
    }

    @Test func roundTripsThroughEpochDays() {
        for offset in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(Day(daysSinceEpoch: offset).daysSinceEpoch == offset)
        }
    }
}
