import MusterCore
import Testing
@testable import MusterIngest

/// Local papers' English editions and translated pages keep their furniture in their own
/// language: dates with local month names and clock words, "read also", share, listen, ad and
/// cookie lines. Invented lines in the shapes of such pages.
@Suite struct LocalPageTests {
    let extractor = PlainTextArticleExtractor()

    private let paragraphOne = "The ministers of twelve countries agreed on Monday to pool their spare parts for tanks."
    private let paragraphTwo = "Officials said the first shipments would leave the depots before the end of the month."

    @Test(arguments: [
        ("8. januar 2026 kl. 06.30 · Opdateret kl. 11.12", "2026-01-08"),
        ("19 de dezembro de 2025, 10:48", "2025-12-19"),
        ("12 de março de 2026", "2026-03-12"),
        ("Aktualisiert am 5. März 2026, 14:20 Uhr", "2026-03-05"),
        ("20. listopadu 2025", "2025-11-20"),
        ("3 października 2025", "2025-10-03"),
        ("Publié le 3 février 2026 à 14h05", "2026-02-03"),
        ("19 dicembre 2025", "2025-12-19"),
    ])
    func localDateLinesAreRead(line: String, iso: String) {
        #expect(DateTextParser.parse(line) == Day(iso: iso))
    }

    @Test func localWordsDoNotMakeASentenceADate() {
        #expect(DateTextParser.parse("The mars rover landed on 5 mars 2026 in the crater") == nil)
        #expect(DateTextParser.parse("Élysée, 5 mars 2026") == nil)
    }

    @Test func localFurnitureIsChromeAndTheHeadlineIsFound() {
        let page = """
        VALLEY POST — English edition
        Forside | Lokalt | Erhverv | Sport | Forsvar
        Vi bruger cookies til at forbedre din oplevelse. Accepter alle | Kun nødvendige
        Caldas · Óbidos · Peniche · Nazaré
        Allies pool spare parts for tanks at a new depot
        Redakce VT | 20. 11. 2025 | 7 minut čtení | 12 komentářů
        Sdílet: Facebook X E-mail Tisk
        Lyt til artiklen · 5 min.
        \(paragraphOne)
        LÆS OGSÅ: Ny kampvognshal klar i 2027
        Artiklen fortsætter under annoncen
        ANNONCE
        \(paragraphTwo)
        Jane Roe covers defence for the Valley Post. Follow her on X.
        """
        let article = extractor.extract(text: page)
        #expect(article.title == "Allies pool spare parts for tanks at a new depot")
        #expect(article.published == Day(iso: "2025-11-20"))
        #expect(article.text == "\(paragraphOne)\n\(paragraphTwo)")
    }
}
