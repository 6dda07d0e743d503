/// Month and weekday names (English, and the months of local pages' languages), and the words that may surround a date on a date line
/// ("Published: Tuesday, 5 September 2025 | 10:04 pm GMT") without making it something else.
enum DateWords {
    static func month(_ word: String) -> Int? { months[word] }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    ].merging(foreignMonths) { english, _ in english }

    /// Month names of the languages whose local papers publish English editions or translated
    /// pages ("8. januar 2026", "19 de dezembro de 2025", "20. listopadu 2025"), full names only:
    /// Danish, Norwegian, Swedish, German, Dutch, French, Spanish, Portuguese, Italian, and the
    /// genitive forms Polish and Czech print after a day.
    static let foreignMonths: [String: Int] = {
        let names: [[String]] = [
            ["januar", "januari", "janvier", "enero", "janeiro", "gennaio", "stycznia", "ledna", "jänner"],
            ["februar", "februari", "février", "febrero", "fevereiro", "febbraio", "lutego", "února"],
            ["marts", "mars", "märz", "maart", "marzo", "março", "marca", "března"],
            ["avril", "abril", "aprile", "kwietnia", "dubna"],
            ["maj", "mai", "mei", "mayo", "maio", "maggio", "maja", "května"],
            ["juni", "juin", "junio", "junho", "giugno", "czerwca", "června"],
            ["juli", "juillet", "julio", "julho", "luglio", "lipca", "července"],
            ["augusti", "augustus", "août", "agosto", "sierpnia", "srpna"],
            ["septembre", "septiembre", "setiembre", "setembro", "settembre", "września", "září"],
            ["oktober", "octobre", "octubre", "outubro", "ottobre", "października", "října"],
            ["novembre", "noviembre", "novembro", "listopada", "listopadu"],
            ["dezember", "décembre", "diciembre", "dezembro", "dicembre", "grudnia", "prosince"],
        ]
        var table: [String: Int] = [:]
        for (index, words) in names.enumerated() {
            for word in words { table[word] = index + 1 }
        }
        return table
    }()

    static let weekdays: Set<String> = [
        "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur",
        "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
    ]

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Words a date line may carry besides the date: publication verbs, clock and zone words.
    static let lineNoise: Set<String> = [
        "published", "updated", "posted", "modified", "issued", "last", "first", "date", "dated", "on", "at",
        "am", "pm", "a", "p", "m", "utc", "gmt", "bst", "cet", "cest", "eet", "eest", "est", "edt",
        "pst", "pdt", "msk", "ist", "kyiv", "time", "local", "t", "z", "h", "hrs", "and", "of",
        // US zones as papers abbreviate them ("7:45 AM ET").
        "et", "ct", "pt", "mt", "cst", "cdt", "mst", "mdt",
        // Asian and Pacific zones ("March 5, 2026 (Thu) 21:47 JST").
        "jst", "kst", "hkt", "sgt", "aest", "aedt", "awst", "nzst", "nzdt", "wib",
        // The same words on local pages ("8. januar 2026 kl. 06.30 · Opdateret kl. 11.12",
        // "19 de dezembro de 2025, 10:48", "Aktualisiert am 5. März 2026, 14:20 Uhr").
        "de", "del", "kl", "klo", "um", "uhr", "le", "el", "às", "à", "opdateret", "oppdatert", "uppdaterad",
        "aktualisiert", "atualizado", "actualizado", "aggiornato", "publicado", "publicada", "publié", "gepubliceerd",
        "bijgewerkt", "veröffentlicht", "mis", "jour",
    ]

    /// Words that open a line giving the page's own date ("Published on …", "Issued on: …").
    static let publicationLabels: Set<String> = ["published", "posted", "issued"]
}
