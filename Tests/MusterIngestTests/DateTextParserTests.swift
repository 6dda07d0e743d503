import MusterCore
import Testing
@testable import MusterIngest

@Suite struct DateTextParserTests {
    private func day(_ iso: String) -> Day? { Day(iso: iso) }

    @Test(arguments: [
        ("March 14, 2024", "2024-03-14"),
        ("Sept. 4, 2025", "2025-09-04"),
        ("Sep 4 2025", "2025-09-04"),
        ("4 September 2025", "2025-09-04"),
        ("04 Sept. 2025", "2025-09-04"),
        ("21st Feb, 2023", "2023-02-21"),
        ("3rd of June 2022", "2022-06-03"),
        ("Jul 18, 2025", "2025-07-18"),
        ("Friday, 7 March 2025", "2025-03-07"),
        ("Published: 12 January 2024", "2024-01-12"),
        ("Updated on Mon, Feb 3, 2025 at 11:20 am GMT", "2025-02-03"),
        ("12.11.2024", "2024-11-12"),
        ("08:45 31.01.2025", "2025-01-31"),
        ("31.01.2025 | 08:45", "2025-01-31"),
        ("1.2.2024", "2024-02-01"),
        ("2023-06-30", "2023-06-30"),
        ("2023-06-30T14:05:00Z", "2023-06-30"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024", "2024-12-25"),
        ("Fri 5 Sep 2025 14.30 BST", "2025-09-05"),
        ("Published on 05/09/2025 - 14:30 GMT+2", "2025-09-05"),
        ("Updated 3:45 PM GMT+2, September 5, 2025", "2025-09-05"),
        // Central European spacing, a US two-digit year, counters beside the date, and a numeric
        // date printed beside its spelled form (which decides the order).
        ("22. 1. 2026", "2026-01-22"),
        ("12/18/25 7:45 AM ET", "2025-12-18"),
        ("18.12.25", "2025-12-18"),
        ("15 April 2026 | 8 min read", "2026-04-15"),
        ("9 January 2026 · 11 min read", "2026-01-09"),
        ("05/12/2026 May 12, 2026", "2026-05-12"),
        ("May 12, 2026 05/12/2026", "2026-05-12"),
    ] as [(String, String?)])
    func readsDateLines(text: String, expected: String?) {
        #expect(DateTextParser.parse(text[...]) == expected.flatMap(day))
    }

    @Test(arguments: [
        "Talks resumed on 4 September 2025 in Paris",
        "September 2025",
        "4 September",
        "31.02.2025",
        "Version 1.2.2024.5",
        "4.2 billion euros",
        "15:30",
        "",
        // Two dates that disagree however the numeric one is read.
        "05/11/2026 May 12, 2026",
        // A count with no date.
        "8 min read",
    ])
    func rejectsWhatIsNotADateLine(text: String) {
        #expect(DateTextParser.parse(text[...]) == nil)
    }

    @Test func findsTheFirstDateInABylineOrDateline() {
        #expect(DateTextParser.firstDate(in: "Jane Roe (@jroe) Published March 3, 2024 | 09:10 AM") == day("2024-03-03"))
        #expect(DateTextParser.firstDate(in: "Lviv, (XYZ Agency - 9th Mar, 2023) The council met") == day("2023-03-09"))
        #expect(DateTextParser.firstDate(in: "The summit is planned for spring") == nil)
    }

    @Test func recognisesClockTimes() {
        #expect(DateTextParser.isClockTime("11:05 am"))
        #expect(DateTextParser.isClockTime("23:59 CET"))
        #expect(!DateTextParser.isClockTime("11 am meeting"))
        #expect(!DateTextParser.isClockTime("4.2"))
    }
}
