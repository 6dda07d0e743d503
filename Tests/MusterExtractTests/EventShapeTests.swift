import MusterCore
import Testing
@testable import MusterExtract

/// Invented sentences for common ways reports tell a meeting that the event stage missed:
/// parties who gathered, joined someone somewhere, sat down or dined together, travelled to meet,
/// or who "spoke" as a pair; delegations named by their capitals; and days told as "last Friday",
/// "two days ago" or "this morning". Published Friday 5 September 2025.
@Suite struct EventShapeTests {
    let sentences = RuleSentences()

    func events(_ text: String) -> [Event] { sentences.events(text) }
    func day(_ d: Int, month: Int = 9) -> Day? { Day(year: 2025, month: month, day: d) }

    @Test func partiesWhoGatheredSomewhereMet() {
        let found = events("Defence ministers of Germany, France and Poland gathered in Brussels on Wednesday.")
        #expect(found.map(\.participants) == [["DE", "FR", "PL"]])
        #expect(found.first?.date == day(3))
        #expect(events("Calls in Germany and France for a ceasefire gathered pace on Wednesday.").isEmpty)
    }

    @Test func joiningAPersonSomewhereIsAMeetingButJoiningInADeedIsNot() {
        let found = events("The leaders of France, Germany and Britain joined Zelenskyy in Kyiv on Saturday.")
        #expect(found.map(\.participants) == [["DE", "FR", "GB", "UA"]])
        #expect(found.first?.date == day(30, month: 8))
        #expect(events("Emmanuel Macron joined Keir Starmer in pledging troops on Thursday.").isEmpty)
    }

    @Test func twoPartiesWhoSpokeTalkedWithEachOther() {
        let pair = events("Finnish President Alexander Stubb and Zelenskyy spoke on Tuesday.")
        #expect(pair.map(\.participants) == [["FI", "UA"]])
        #expect(pair.first?.date == day(2))
        #expect(events("Donald Trump and Vladimir Putin spoke for more than two hours on Monday, the Kremlin said.").map(\.participants) == [["RU", "US"]])
        #expect(events("Emmanuel Macron and Friedrich Merz spoke in favour of the plan on Tuesday.").isEmpty)
    }

    @Test func titledPairWhoDiscussedSomethingHeldTalks() {
        let found = events("The President of Ukraine and the Prime Minister of Denmark discussed defence cooperation in Aarhus on Wednesday.")
        #expect(found.map(\.participants) == [["DK", "UA"]])
        #expect(found.first?.date == day(3))
    }

    @Test func sittingDownDiningAndTravellingToMeetAreMeetings() {
        #expect(events("On Wednesday, Zelenskyy sat down with Friedrich Merz in Berlin.").map(\.participants) == [["DE", "UA"]])
        #expect(events("Emmanuel Macron and Friedrich Merz had dinner with Zelenskyy on Tuesday night.").map(\.participants) == [["DE", "FR", "UA"]])
        let trip = events("Friedrich Merz, Emmanuel Macron and Keir Starmer travelled to Kyiv together on Saturday to meet Zelenskyy.")
        #expect(trip.map(\.participants) == [["DE", "FR", "GB", "UA"]])
        #expect(events("Zelenskyy hopes to meet Donald Trump soon.").isEmpty)
    }

    @Test func thePartySpokenToTookPart() {
        let found = events("Emmanuel Macron, Keir Starmer and Friedrich Merz spoke to Donald Trump by phone on Wednesday.")
        #expect(found.map(\.participants) == [["DE", "FR", "GB", "US"]])
        #expect(events("Macron flew to Kyiv on Tuesday.").isEmpty)
    }

    @Test func delegationsNamedByTheirCapitalsTookPart() {
        let found = events("Delegations from Kyiv and Washington held talks in Florida on Sunday.")
        #expect(found.map(\.participants) == [["UA", "US"]])
        #expect(found.first?.date == day(31, month: 8))
    }

    @Test func anOrganisationNamingTheMeetingTookPart() {
        let found = events("Zelenskyy took part in the European Council meeting in Brussels on Thursday.")
        #expect(found.map(\.participants) == [["EU", "UA"]])
    }

    @Test func consultationsHeldAreAMeetingButRequestedOnesAreNot() {
        #expect(events("Ukraine and Germany held intergovernmental consultations in Berlin on Tuesday.").map(\.participants) == [["DE", "UA"]])
        #expect(events("Poland has asked for consultations under Article 4 of the NATO treaty, Donald Tusk said.").isEmpty)
    }

    @Test func daysToldRelativeToTheReport() {
        // Published on a Friday: "last Friday" is the Friday of the week before, not two weeks back.
        #expect(events("Zelenskyy met Emmanuel Macron in Paris last Friday.").first?.date == day(29, month: 8))
        #expect(events("Zelenskyy and Emmanuel Macron met in Paris two days ago.").first?.date == day(3))
        #expect(events("Zelenskyy met Emmanuel Macron in Paris this morning.").first?.date == day(5))
    }

    @Test func aCallNamedByItsDayOrByAPartyIsACall() {
        #expect(events("Wednesday's call between Zelenskyy and Donald Trump lasted an hour.").first?.date == day(3))
        #expect(events("Kremlin spokesman Dmitry Peskov said Putin had told Donald Trump during Thursday's call that Moscow would not back away.")
            .map(\.participants) == [["RU", "US"]])
    }

    @Test func heIsTheUkrainianLeaderJustNamedWhenNoOtherPartyWas() {
        let found = events("Zelenskyy arrived in Berlin on Sunday. He met Friedrich Merz at the Chancellery.")
        #expect(found.map(\.participants) == [["DE", "UA"]])
        #expect(found.first?.date == day(31, month: 8))
    }

    @Test func receivingAHeadOfStateByTitleOrBeingReceivedIsAMeeting() {
        #expect(events("Chancellor Friedrich Merz received the Ukrainian President with military honours on Tuesday.").map(\.participants) == [["DE", "UA"]])
        #expect(events("Zelenskyy was received by Pope Leo at Castel Gandolfo on Tuesday.").map(\.participants) == [["UA", "VA"]])
        #expect(events("Zelenskyy met King Charles at Windsor Castle on Tuesday.").map(\.participants) == [["GB", "UA"]])
        #expect(events("Germany received the Ukrainian request on Tuesday.").isEmpty)
    }

    @Test func aHostOfAGroupMetThePartiesNamedInIt() {
        let found = events("Donald Tusk hosted leaders from the Nordic and Baltic states in Gdansk on Tuesday, including Zelenskyy.")
        #expect(found.map(\.participants) == [["PL", "UA"]])
    }

    @Test func bothLeadersAreThePartiesJustTold() {
        // (The first meeting has a time: in a dated report, one told with none is no event.)
        let found = events("Zelenskyy met Emmanuel Macron in Paris last month. Both leaders met again on Tuesday in Rome.")
        #expect(found.map(\.participants) == [["FR", "UA"], ["FR", "UA"]])
        #expect(found.last?.date == day(2))
    }

    @Test func speakingAlongsideAPartyIsAJointAppearance() {
        #expect(events("Speaking alongside Mark Rutte in Brussels on Wednesday, Zelenskyy said more air defence was needed.").map(\.participants) == [["NATO", "UA"]])
        #expect(events("Standing next to Friedrich Merz at a news conference in Berlin on Monday, Zelenskyy thanked Germany.").map(\.participants) == [["DE", "UA"]])
        #expect(events("Germany sent the systems alongside Dutch ammunition on Monday.").isEmpty)
    }

    @Test func guestsOfAMealAndNegotiatorsNamedByDemonymTakePart() {
        #expect(events("Emmanuel Macron hosted a working lunch for Zelenskyy and Friedrich Merz at the Élysée on Monday.").map(\.participants) == [["DE", "FR", "UA"]])
        #expect(events("US and Ukrainian negotiators met in Miami on Sunday.").map(\.participants) == [["UA", "US"]])
        #expect(events("The French and British leaders co-chaired the video call on Tuesday.").map(\.participants) == [["FR", "GB"]])
    }

    @Test func theOccasionsOwnDayBeatsTheDayTheWordsWereSaid() {
        let found = events("Zelenskyy said on Thursday that his meeting with Donald Trump on Tuesday had been productive.")
        #expect(found.map(\.participants) == [["UA", "US"]])
        #expect(found.first?.date == day(2))
        #expect(events("Zelenskyy met Donald Trump at the White House on Tuesday, Zelenskyy said on Thursday.").first?.date == day(2))
    }

    @Test func heIsWhoOpenedTheSentenceBeforeOrWhoTheSentenceNames() {
        let calls = events("Zelenskyy spoke with Emmanuel Macron on Sunday. Later that day he also spoke with Friedrich Merz.")
        #expect(calls.map(\.participants) == [["FR", "UA"], ["DE", "UA"]])
        #expect(events("Zelenskyy travelled to Washington on Friday. At the White House, he met Donald Trump.").map(\.participants) == [["UA", "US"]])
    }

    @Test func partiesWhoAlsoTookPartOrAddressedTheLeadersJoinTheOccasion() {
        let summit = events("Leaders met in Paris on Tuesday. Emmanuel Macron and Keir Starmer co-hosted the summit, which Zelenskyy attended. "
            + "US envoys Steve Witkoff and Jared Kushner also took part.")
        #expect(summit.map(\.participants) == [["FR", "GB", "UA", "US"]])
        let council = events("The EU summit opened in Brussels on Thursday with António Costa in the chair. Zelenskyy addressed the leaders in person.")
        #expect(council.map(\.participants) == [["EU", "UA"]])
        // Taking part in something else is no attendance.
        #expect(events("Leaders met in Paris on Tuesday. Emmanuel Macron and Keir Starmer co-hosted the summit. Poland took part in the exercise.")
            .map(\.participants) == [["FR", "GB"]])
    }
}
