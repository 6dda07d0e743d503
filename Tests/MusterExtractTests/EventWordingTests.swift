import MusterCore
import Testing
@testable import MusterExtract

/// Invented sentences for the ways reports tell who met or spoke: calls named by their medium,
/// lists of attendees, parties who stayed away, occasions still to come, and phrases that date
/// other news by a meeting.
@Suite struct EventWordingTests {
    let sentences = RuleSentences()
    let published = RuleSentences.published

    func events(_ text: String) -> [Event] { sentences.events(text) }

    @Test func aCallIsNamedByItsMedium() {
        let found = events("Von der Leyen told reporters she had discussed the package by phone with Zelenskyy on Thursday.")
        #expect(found.map(\.participants) == [["EU", "UA"]])
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 4))
        let spoken = events("Zelenskyy had spoken by phone with the Belgian prime minister on 3 September.")
        #expect(spoken.map(\.participants) == [["BE", "UA"]])
        #expect(spoken.first?.date == Day(year: 2025, month: 9, day: 3))
    }

    @Test func aMeetingNounQualifyingAPaperIsNoMeeting() {
        #expect(events("Hungary and Slovakia will not take part in the borrowing, the summit conclusions say.").isEmpty)
    }

    @Test func anOccasionToBeHeldIsStillToCome() {
        #expect(events("Japan and Ukraine welcomed the Conference for the Recovery of Ukraine, to be held in Rome later this year.").isEmpty)
        #expect(events("Japan and Ukraine prepared the summit, due to take place in Rome in the autumn.").isEmpty)
    }

    @Test func aPartyThatSkippedTheMeetingDidNotTakePart() {
        let found = events("Nato foreign ministers met Ukraine's foreign minister in Brussels on Thursday. "
            + "The US secretary of state, Marco Rubio, skipped the meeting.")
        #expect(found.map(\.participants) == [["NATO", "UA"]])
    }

    @Test func aPartyInACompoundModifierIsNoParticipant() {
        let found = events("Canada will fund shells through the Czech-led initiative, its minister said after meeting Ukraine's defence minister on Tuesday.")
        #expect(found.map(\.participants) == [["CA", "UA"]])
    }

    @Test func anOpeningPhraseDatingOtherNewsByTheMeetingAddsNoParties() {
        let found = events("Trump met Zelenskyy at the White House on Friday. "
            + "Hours before the meeting, Ukraine's air force said Russia had fired 300 drones on Thursday.")
        #expect(found.map(\.participants) == [["UA", "US"]])
        #expect(found.first?.date == published)
    }

    @Test func attendeesListedAfterTheOccasionJoinIt() {
        let found = events("Leaders from 30 countries attended the talks at the Élysée Palace on Thursday, hosted by President Emmanuel Macron. "
            + "Among them were British Prime Minister Keir Starmer and German Chancellor Friedrich Merz. "
            + "Turkey was represented by its foreign minister.")
        #expect(found.map(\.participants) == [["DE", "FR", "GB", "TR"]])
    }

    @Test func theLeadersAreThePartyNamedWithThatNounJustBefore() {
        let found = events("EU leaders agreed on Friday to lend Ukraine 90 billion euros. "
            + "The leaders met in Brussels on Thursday, and Zelenskyy addressed the summit in person.")
        #expect(found.map(\.participants) == [["EU", "UA"]])
        #expect(found.first?.date == Day(year: 2025, month: 9, day: 4))
    }

    @Test func anOrganisationsOwnSummitHasOneParty() {
        let found = events("The G7 agreed the loan scheme for Ukraine at its summit in Apulia in June 2024.")
        #expect(found.map(\.participants) == [["G7"]])
        // A state alone at a meeting is no event.
        #expect(events("Norway announced the package for Ukraine at its meeting in Oslo.").isEmpty)
    }

    @Test func aMeetingBetweenTheTwoTakesBothPartiesOfTheSentence() {
        let found = events("Washington halted aid to Kyiv in March, days after a heated meeting between the two presidents.")
        #expect(found.map(\.participants) == [["UA", "US"]])
    }

    @Test func aDaylessMeetingInEarlierNewsIsNotTheOccasionOfTheDay() {
        let found = events("The US and Ukraine said in a statement after talks in Jeddah on Tuesday that aid would resume. "
            + "Washington had halted aid to Kyiv last week, days after a meeting between the two presidents.")
        #expect(found.count == 2)
        #expect(found.map(\.date).contains(nil))
        // "An earlier version of this article" is no earlier news.
        let corrected = events("Trump held a phone call with Putin on Thursday. "
            + "Correction: An earlier version of this article misstated the day of the Trump-Putin phone call.")
        #expect(corrected.count == 1)
    }

    @Test func hostingOrPhoningAPartyIsAnOccasion() {
        #expect(events("Macron hosted Zelenskyy at the Élysée Palace on Thursday.").map(\.participants) == [["FR", "UA"]])
        #expect(events("Starmer phoned Trump on Wednesday to discuss the ceasefire.").map(\.participants) == [["GB", "US"]])
        #expect(events("Merz spoke over the phone with Zelenskyy on Tuesday.").map(\.participants) == [["DE", "UA"]])
        // Hosting people is no meeting of parties.
        #expect(events("Poland hosted Ukrainian refugees in Warsaw.").isEmpty)
    }

    @Test func receivingAPersonIsAMeetingReceivingThingsIsNot() {
        #expect(events("Macron received Zelenskyy at the Élysée on Monday.").map(\.participants) == [["FR", "UA"]])
        #expect(events("Ukraine received Germany's pledge on Monday.").isEmpty)
        #expect(events("Zelenskyy welcomed the decision by Germany on Monday.").isEmpty)
    }

    @Test func aSpeakerAfterTheOccasionTookPart() {
        let found = events("Following the summit in Paris on Tuesday, Macron and Starmer said they would send troops.")
        #expect(found.map(\.participants) == [["FR", "GB"]])
    }

    @Test func aFutureVerbInAReportedClauseIsNotTheOccasions() {
        let found = events("Macron said after meeting Zelenskyy on Friday that France will send jets.")
        #expect(found.map(\.participants) == [["FR", "UA"]])
        #expect(events("The summit between Macron and Zelenskyy would take place in Rome.").isEmpty)
        #expect(events("A meeting of Germany and Ukraine is planned for October.").isEmpty)
    }

    @Test func heWhoToldReportersAtTheMeetingIsThePartyJustNamed() {
        let found = events("The Netherlands will provide €500m for drones for Ukraine. "
            + "The money will go to Ukrainian makers, he told reporters at a meeting in Brussels on Thursday, alongside his German counterpart Boris Pistorius.")
        #expect(found.map(\.participants) == [["DE", "NL"]])
    }

    @Test func theDayWrittenAsTheNthOfTheMonth() {
        #expect(events("Macron met Zelenskyy in Paris on the 4th of September.").first?.date == Day(year: 2025, month: 9, day: 4))
        #expect(events("Macron met Zelenskyy in Paris on the 2nd of May.").first?.date == Day(year: 2025, month: 5, day: 2))
    }
}
