import MusterCore
import Testing
@testable import MusterExtract

@Suite struct QuantityParserTests {
    let parser = QuantityParser(reference: .bundled)

    func first(_ text: String) -> QuantityMention? {
        parser.quantities(in: Tokenizer.tokenize(text)).first { $0.kind != .bare }
    }

    @Test func moneyWithScalesAndCurrencies() {
        #expect(first("a grant of €400m for schools")?.quantity == Quantity(value: 400e6, unit: "EUR"))
        #expect(first("it adds $2bn more")?.quantity == Quantity(value: 2e9, unit: "USD"))
        #expect(first("London gives £3 billion")?.quantity == Quantity(value: 3e9, unit: "GBP"))
        #expect(first("a loan of 4.6 billion euros")?.quantity == Quantity(value: 4.6e9, unit: "EUR"))
        #expect(first("worth US$577 million")?.quantity == Quantity(value: 577e6, unit: "USD"))
        #expect(first("a credit of 300 million SEK")?.quantity == Quantity(value: 300e6, unit: "SEK"))
    }

    @Test func countsFindTheirNounPastModifiers() {
        #expect(first("over 100 strike and decoy drones")?.quantity == Quantity(value: 100, unit: "drones", qualifier: .atLeast))
        #expect(first("twenty-six countries agreed")?.quantity == Quantity(value: 26, unit: "countries"))
        #expect(first("4 IRIS-T systems")?.quantity == Quantity(value: 4, unit: "systems"))
        #expect(first("up to 5,000 troops")?.quantity == Quantity(value: 5000, unit: "troops", qualifier: .atMost))
        #expect(first("almost 40 armoured vehicles")?.quantity == Quantity(value: 40, unit: "vehicles", qualifier: .atMost))
        #expect(first("about 12 missiles and drones")?.quantity == Quantity(value: 12, unit: "drones_and_missiles", qualifier: .approx))
        #expect(first("10,000 155mm shells")?.quantity == Quantity(value: 10000, unit: "shells"))
    }

    @Test func modelNumbersMeasuresAndPricesAreNotAmounts() {
        #expect(first("F-16 jets") == nil)
        #expect(first("155mm guns") == nil)
        #expect(first("a 15% cut") == nil)
        let price = parser.quantities(in: Tokenizer.tokenize("a cap of $47.60 per barrel")).first
        #expect(price?.isRate == true)
        let converted = parser.quantities(in: Tokenizer.tokenize("€500 million (US$577 million) purchase"))
        #expect(converted.count == 2 && converted[1].isConversion)
    }
}
