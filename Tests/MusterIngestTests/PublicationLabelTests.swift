import MusterCore
import Testing
@testable import MusterIngest

/// Invented date lines that carry more than the date, and Central European ways of writing one.
@Suite struct PublicationLabelTests {
    @Test func aLabelledLineGivesTheDateAfterItsLabel() {
        let lines = [
            "Published on October 2, 2025, at 9:40 am (Brussels) · Updated at 11:05 am · Reading time 4 min.",
            "Issued on: 02/10/2025 - 09:40 Modified: 02/10/2025 - 11:05",
            "Posted: 2 October 2025 — 5 comments",
        ]
        for line in lines {
            #expect(DateTextParser.labelledDate(tokens: DateTokenizer.tokens(line[...])) == Day(year: 2025, month: 10, day: 2))
        }
    }

    @Test func aSentenceOrAnUpdateLineIsNoPublicationLabel() {
        #expect(DateTextParser.labelledDate(tokens: DateTokenizer.tokens("The report, released on 2 October 2025, says …"[...])) == nil)
        // An update comes after publication: it is not the page's own date.
        #expect(DateTextParser.labelledDate(tokens: DateTokenizer.tokens("Updated on 3 October 2025 · 2 min read"[...])) == nil)
    }

    /// A bare label ("Published:" with its date on the next line, or none) used to read past the
    /// end of the line and crash the whole ingest.
    @Test func aLabelWithNothingAfterItGivesNoDateAndIngestGoesOn() throws {
        for line in ["Published", "Published:", "Posted on", "Issued on: —"] {
            #expect(DateTextParser.labelledDate(tokens: DateTokenizer.tokens(line[...])) == nil)
        }
        let page = "Ministry announces new support\nPublished:\n3 October 2025\nThe ministry said on Friday it would send more generators to Ukraine.\n"
        let document = try IngestPipeline().ingest(Array(page.utf8), id: "label-only")
        #expect(document.record.text.contains("generators"))
    }

    /// Wire copy pasted without a date line carries its date only in the dateline that opens the
    /// first paragraph.
    @Test func aWireDatelineDatesAPageThatHasNoDateLine() throws {
        func published(_ opening: String) throws -> Day? {
            let page = "Ministers agree new support\n\(opening) The ministers met on Tuesday to discuss generators for Ukraine.\nThey will meet again.\n"
            return try IngestPipeline().ingest(Array(page.utf8), id: "dateline").record.published
        }
        #expect(try published("VILNIUS, 4th March, 2026 (BNS) --") == Day(year: 2026, month: 3, day: 4))
        #expect(try published("OTTAWA, March 4, 2026 —") == Day(year: 2026, month: 3, day: 4))
        // Without its year the dateline does not say which March.
        #expect(try published("Vilnius, March 4 (BNS) —") == nil)
        // A date later in the sentence is what the sentence is about, not when it was written.
        #expect(try published("The ministers, who last met on March 4, 2026 — in Vilnius —") == nil)
    }

    @Test func centralEuropeanDatesKeepTheirPoints() {
        #expect(DateTextParser.parse("2 . Okt"[...]) == nil)
        #expect(DateTextParser.parse("2. Oct 2025 at 09:40") == Day(year: 2025, month: 10, day: 2))
        #expect(DateTextParser.firstDate(in: "by Budapest Daily 2025.10.02."[...]) == Day(year: 2025, month: 10, day: 2))
        // A fourth glued group is still a version number.
        #expect(DateTextParser.firstDate(in: "release 2025.10.02.1"[...]) == nil)
    }

    /// Author lines that pages print with pipes, several names or the date's own closing point:
    /// each dates the page, and none of them is left in the text.
    @Test func bylinesWithPipesSeveralAuthorsOrAClosingPointDateThePage() throws {
        func read(_ byline: String) throws -> (Day?, String) {
            let page = "Ministers agree new support\nThe ministers met on Tuesday to discuss generators for Ukraine, officials said after the talks in Brussels.\n"
                + byline + "\nThey will meet again next month to review deliveries.\n"
            let record = try IngestPipeline().ingest(Array(page.utf8), id: "byline").record
            return (record.published, record.text)
        }
        let cases: [(String, Day?)] = [
            ("Author: Jana Nowak | 20.05.2026, 08:15 | updated: 20.05.2026, 11:02", Day(year: 2026, month: 5, day: 20)),
            ("Ana Lopes and Piet de Vries  |14.03.2026 - Update : 14.03.2026", Day(year: 2026, month: 3, day: 14)),
            ("by Budapest Weekly 2025.09.05.", Day(year: 2025, month: 9, day: 5)),
        ]
        for (byline, day) in cases {
            let (published, text) = try read(byline)
            #expect(published == day, "\(byline)")
            #expect(!text.contains("2026,") && !text.contains("2025.09"), "\(byline)")
            #expect(text.contains("generators") && text.contains("review deliveries"))
        }
    }

    /// A date before a bar ("20.01.2026 | Transcript (English translation)") and a date line with
    /// its weekday in brackets and an Asian time zone ("March 5, 2026 (Thu) 21:47 JST") date the page.
    @Test func aDateBeforeABarOrWithAnAsianZoneDatesThePage() throws {
        for line in ["20.01.2026 | Transcript (English translation)", "March 5, 2026 (Thu) 21:47 JST", "5 March 2026 | Politics | Europe"] {
            let page = "Ministers meet in Berlin\n\(line)\nThe ministers met on Tuesday to discuss air defence for Ukraine.\nThey will meet again in spring.\n"
            let record = try IngestPipeline().ingest(Array(page.utf8), id: "bar-date").record
            #expect(record.published != nil, "\(line)")
            #expect(!record.text.contains("Transcript") && !record.text.contains("JST"), "\(line)")
        }
        // (A sentence with a bar in it is no date line.)
        let page = "Ministers meet\nThe ministers met in Berlin | a city they like.\nThey talked about air defence for Ukraine.\n"
        #expect(try IngestPipeline().ingest(Array(page.utf8), id: "bar-text").record.published == nil)
    }

    /// Wire copy often prints its day without the year ("BRUSSELS, Feb 12 (Wire) - … on
    /// Thursday"): the year is the one near those the article names in which that day fell on
    /// the weekday its lead gives.
    @Test func aYearlessDatelineTakesTheYearItsWeekdayFits() {
        let extractor = PlainTextArticleExtractor()
        let lead = "BRUSSELS, Feb 12 (Wire) - Allies pledged more spare parts for tanks on Thursday, the alliance said."
        let later = "The pledges add to the 2025 package and are due to arrive before the end of 2026."
        #expect(extractor.extract(text: "Allies pledge spare parts\n\n\(lead)\n\n\(later)\n").published == Day(iso: "2026-02-12"))
        // No weekday, or no year anywhere: no date rather than a guess.
        let noWeekday = "BRUSSELS, Feb 12 (Wire) - Allies pledged more spare parts for tanks, the alliance said."
        #expect(extractor.extract(text: "Allies pledge spare parts\n\n\(noWeekday)\n\n\(later)\n").published == nil)
        #expect(extractor.extract(text: "Allies pledge spare parts\n\n\(lead)\n").published == nil)
    }
}
