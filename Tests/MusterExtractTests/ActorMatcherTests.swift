import MusterCore
import Testing
@testable import MusterExtract

@Suite struct ActorMatcherTests {
    let matcher = ActorMatcher(reference: .bundled)

    func codes(_ text: String, on date: Day? = Day(year: 2025, month: 6, day: 1)) -> [String] {
        matcher.mentions(in: Tokenizer.tokenize(text), on: date).map { m in
            m.count.map { "\(m.code)\($0)" } ?? m.code.rawValue
        }
    }

    @Test func titlesAndNamesAreOneMention() {
        #expect(codes("French President Emmanuel Macron spoke") == ["FR"])
        #expect(codes("U.S. Special Envoy Steve Witkoff met the German Chancellor") == ["US", "DE"])
        #expect(codes("Ursula von der Leyen and Downing Street") == ["EU", "GB"])
        #expect(codes("the Élysée and the Kremlin") == ["FR", "RU"])
    }

    @Test func statesByNameCapitalAndShortName() {
        #expect(codes("Britain, the UK and Washington") == ["GB", "GB", "US"])
        #expect(codes("Kyiv asked Brussels") == ["UA", "EU"])
        #expect(codes("let us go") == [])
    }

    @Test func groupsCarryTheirCount() {
        #expect(codes("26 of Ukraine's allies pledged") == ["GROUP26"])
        #expect(codes("more than 30 nations joined") == ["GROUP30"])
        #expect(codes("twenty-six countries agreed") == ["GROUP26"])
        #expect(codes("European leaders met") == ["GROUP"])
        #expect(codes("Leaders of the coalition of the willing") == ["GROUP"])
        let anaphoric = matcher.mentions(in: Tokenizer.tokenize("the three Nordic countries"), on: nil)
        #expect(anaphoric.first?.anaphoric == true && anaphoric.first?.count == 3)
    }

    @Test func generatedOfficeTermsCoverOtherMembers() {
        #expect(codes("Prime Minister Kristen Michal said", on: Day(year: 2025, month: 3, day: 1)) == ["EE"])
        #expect(codes("Kristen Michal said", on: Day(year: 2023, month: 3, day: 1)) == [])
        #expect(codes("Donald Trump said", on: Day(year: 2023, month: 3, day: 1)) == [])
    }

    @Test func officeHoldersResolveOnTheDocumentDate() {
        #expect(codes("Mark Rutte said", on: Day(year: 2023, month: 3, day: 1)) == ["NL"])
        #expect(codes("Mark Rutte said", on: Day(year: 2025, month: 3, day: 1)) == ["NATO"])
        #expect(codes("Mark Rutte said", on: nil) == ["NATO"])
    }

    /// Office holders who took office in 2025 (reference data, session 7).
    @Test func officeHoldersOf2025ResolveAfterTheyTookOffice() {
        #expect(codes("Sanae Takaichi said", on: Day(year: 2026, month: 5, day: 11)) == ["JP"])
        #expect(codes("Shigeru Ishiba said", on: Day(year: 2026, month: 5, day: 11)) == [])
        #expect(codes("Shigeru Ishiba said", on: Day(year: 2025, month: 6, day: 1)) == ["JP"])
        #expect(codes("Chief Cabinet Secretary Minoru Kihara said", on: Day(year: 2026, month: 2, day: 1)) == ["JP"])
        #expect(codes("Theo Francken said", on: Day(year: 2025, month: 10, day: 1)) == ["BE"])
        #expect(codes("David McGuinty said", on: Day(year: 2025, month: 10, day: 1)) == ["CA"])
        // A head of government who left office speaks for nobody after; one who changed office
        // speaks for the new one.
        #expect(codes("Petr Fiala said", on: Day(year: 2026, month: 2, day: 1)) == [])
        #expect(codes("Jens Stoltenberg said", on: Day(year: 2023, month: 6, day: 1)) == ["NATO"])
        #expect(codes("Jens Stoltenberg said", on: Day(year: 2025, month: 6, day: 1)) == ["NO"])
    }
}
