import MusterCore
import Testing
@testable import MusterExtract

/// Country-by-country lists: an item names its state before a colon or dash and what it gives
/// after it, usually with no verb of its own.
@Suite struct ListItemTests {
    let sentences = RuleSentences()

    func keys(_ text: String) -> [String] { sentences.keys(text).sorted() }

    @Test func verblessItemsTakeTheLeadsStatus() {
        let list = """
            Allies announced new military aid for Ukraine at the meeting on Wednesday. Here is what some of them pledged:
            Germany: four IRIS-T SLM systems and €500 million for artillery ammunition.
            - Norway: NOK 1.5 billion for air defence.
            • Canada — CAD 200 million for drones.
            """
        let found = keys(list)
        #expect(found.contains("DE air_defense pledged"))
        #expect(found.contains("DE ammunition pledged"))
        #expect(found.contains("NO air_defense pledged"))
        #expect(found.contains("CA equipment pledged"))
        let germany = sentences.commitments(list).first { $0.actor == ActorCode("DE") && $0.category == .airDefense }
        #expect(germany?.amount?.value == 4)
    }

    @Test func anItemsOwnParticipleOrRefusalSetsItsStatus() {
        let list = """
            What the Nordic countries have given so far:
            Sweden: 18 Archer howitzers, delivered in September.
            Finland: no ground troops for now.
            """
        #expect(keys(list) == ["FI troops declined", "SE equipment delivered"])
    }

    @Test func aDatelineOrAHeadlineQuoteIsNoListItem() {
        // A capital before a colon is a dateline; a person before a colon is quoted in a headline.
        #expect(keys("Kyiv: Russia launched 300 drones overnight, the air force said.").isEmpty)
        #expect(keys("Fico: no weapons from Slovak stocks").isEmpty)
        // An item with its own verb keeps it, and its state.
        #expect(keys("Estonia: will send 10,000 artillery shells by December.") == ["EE ammunition pledged"])
    }

    @Test func aStatesNounOfGivingMayLabelTheItem() {
        #expect(keys("Slovenia's contribution: €10 million for demining.") == ["SI humanitarian pledged"])
    }
}
