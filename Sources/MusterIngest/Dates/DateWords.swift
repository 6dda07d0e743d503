/// English month and weekday names, and the words that may surround a date on a date line
/// ("Published: Tuesday, 5 September 2025 | 10:04 pm GMT") without making it something else.
enum DateWords {
    static func month(_ word: String) -> Int? { months[word] }

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

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
    ]

    /// Words that open a line giving the page's own date ("Published on …", "Issued on: …").
    static let publicationLabels: Set<String> = ["published", "posted", "issued"]
}
