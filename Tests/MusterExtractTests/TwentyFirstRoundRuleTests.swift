import MusterCore
import Testing
@testable import MusterExtract

/// Round twenty-one: errors on round 20's four blind sets once they were retired to heldout89–92 (new
/// blind sets blind69–72 written and scored first), and category words read off the rules' wrong
/// claims on the whole tuning pool, turned into rules in the project's own words. Each rule was kept
/// only if the tuning pool (heldout, heldout2–88) did not lose by it.
@Suite struct TwentyFirstRoundRuleTests {
    let sentences = RuleSentences()

    func keys(_ text: String, topic: String = RuleSentences.topic) -> [String] { sentences.keys(text, topic: topic) }

    @Test func personnelSentToTrainAreTraining() {
        #expect(keys("Canada will send up to 120 military personnel to Latvia to train Ukrainian recruits next year.")
            == ["CA training pledged"])
        #expect(keys("Ireland will host the training of Ukrainian naval personnel at its bases.") == ["IE training pledged"])
        // (Personnel for a presence stay troops, and training in another clause leaves them so.)
        #expect(keys("Canada will send 200 personnel to the reassurance force, while Norway will train Ukrainian pilots.")
            == ["CA troops pledged", "NO training pledged"])
    }
}
