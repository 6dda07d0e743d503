import MusterCore

/// Author lines, which often carry the publication date.
extension LineClassifier {
    /// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe (@handle) Published …".
    static func byline(_ line: TextLine) -> LineKind? {
        // Every rule below needs at most 24 words: paragraphs are not searched for a date.
        guard line.words <= 24 else { return nil }
        let key = line.key
        // (Split once: most of the rules below read the key's words.)
        let keyWords = key.split(separator: " ")
        let hasDate = DateTextParser.firstDate(in: line.text)
        // ("by Hungary Today 2025.09.05." ends with the date's own point, not a sentence's.)
        let endsWithDate = hasDate != nil && line.text.last == "." && line.text.dropLast().last?.isNumber == true
        if line.words <= 12 || (line.words <= 24 && hasDate != nil), key.hasPrefix("by "), !line.endsSentence || endsWithDate,
           let after = line.text.split(separator: " ").dropFirst().first, after.first?.isUppercase == true {
            return .byline(hasDate)
        }
        // "Jane Roe — Thursday, 4 September 2025, 18:31": a name and the date, nothing else.
        if let day = hasDate, line.words <= 14, !line.endsSentence, isNameBesideDate(line) { return .byline(day) }
        // "Jane Roe, Reuters": a short name line signed with an agency.
        if line.words <= 6, !line.endsSentence, line.text.containsBytes(","),
           let last = keyWords.last, ChromeLexicon.agencies.contains(String(last)) {
            return .byline(hasDate)
        }
        if line.words <= 8, key.hasPrefix("author ") || key.hasPrefix("authors ") { return .byline(hasDate) }
        // "Le Monde with AFP", "Staff and agencies", "Text by: FRANCE 24": a paper signing with the
        // wires, or a credit line of its own.
        if line.words <= 6, !line.endsSentence, let last = keyWords.last {
            let signedWithWire = key.hasSuffix(" with \(last)") && ChromeLexicon.agencies.contains(String(last))
            if signedWithWire || key.hasSuffix("and agencies") || key.hasPrefix("text by ") || line.text.hasPrefix("Text:") { return .byline(hasDate) }
        }
        // "From: Ministry of Defence and The Rt Hon John Healey MP": a government portal names the
        // department and minister who issued the page.
        if line.words <= 24, !line.endsSentence, line.text.hasPrefix("From:") { return .byline(hasDate) }
        // "By our Athens correspondent / ANA-MPA", "By our staff reporter", "By wire staff, Kyiv
        // bureau", "By the Security Briefing team": the paper's own staff or newsroom unit.
        if line.words <= 8, !line.endsSentence, key.hasPrefix("by "), keyWords.contains(where: { word in
            newsroomUnits.contains(String(word)) || (key.hasPrefix("by our ") && authorRoles.contains(String(word)))
        }) {
            return .byline(hasDate)
        }
        // "(Defence Correspondent / Wire services)": a role credit in brackets.
        if line.words <= 8, line.text.hasPrefix("("), line.text.hasSuffix(")"),
           keyWords.contains(where: { authorRoles.contains(String($0)) || newsroomUnits.contains(String($0)) }) {
            return .byline(hasDate)
        }
        // "Defence Post staff", "EU Observer Wire", "AWS news agency", "Staff reporter in Gdańsk":
        // an outlet's own staff or wire signing.
        if line.words <= 5, !line.endsSentence, let last = keyWords.last,
           ["staff", "wire"].contains(last) || key.hasSuffix(" news agency") || key.hasPrefix("staff reporter") || key.hasPrefix("staff writer") {
            return .byline(hasDate)
        }
        // "Ministry of Defence and The Rt Hon John Healey MP": a government portal's issuing line.
        // ("— The Rt. Hon. Mark Carney, Prime Minister of Canada" signs a statement: it stays.)
        if line.words <= 24, !line.endsSentence, key.containsBytes("the rt hon "), key.hasSuffix(" mp") { return .byline(hasDate) }
        // "Prime Minister's Office, 10 Downing Street", "Ministry of Defence", "Ministry of Defence
        // (Norway)": a government page's issuing office on a line of its own.
        if line.words <= 8, !line.endsSentence, !line.text.containsBytes(":"),
           issuingOffices.contains(where: { key.hasPrefix($0) }) || key.hasSuffix("10 downing street") {
            return .byline(hasDate)
        }
        // "Olena Hrytsyuk — Reporter. Martin Foss — News editor.": a page's staff credits.
        if line.words <= 16, isStaffCredits(line.text) { return .byline(hasDate) }
        let publishes = key.hasPrefix("published ") || key.containsBytes(" published ") || key.hasPrefix("updated ")
            || key.containsBytes(" updated ") || key.hasPrefix("posted ") || key.containsBytes(" posted ")
        if line.words <= 24, publishes, !line.endsSentence || line.words <= 10, let day = hasDate { return .byline(day) }
        // "Europe digital editor", "Defence correspondent": the job title under an author's name.
        if line.words <= 5, !line.endsSentence, let last = keyWords.last, authorRoles.contains(String(last)) {
            return .byline(hasDate)
        }
        // "Dr Jane Roe, Senior Fellow, Europe Programme": a name signed with a job title.
        if line.words <= 12, !line.endsSentence, isNameWithRole(line) { return .byline(hasDate) }
        // A handle (@name) on a short line is an author line.
        if line.words <= 10, !line.endsSentence, line.text.containsBytes("(@") || line.text.hasPrefix("@") { return .byline(hasDate) }
        // "Security and defence editor @handle": a job title signed with a handle.
        if line.words <= 8, !line.endsSentence, line.text.containsBytes(" @"),
           keyWords.contains(where: { authorRoles.contains(String($0)) }) {
            return .byline(hasDate)
        }
        return nil
    }

    /// Openings of a government office's name ("Ministry of Defence", "Prime Minister's Office").
    static let issuingOffices: [String] = ["ministry of ", "department of ", "prime minister s office", "office of the "]

    /// Units of a newsroom that sign as authors ("By wire staff", "By the Security Briefing team").
    static let newsroomUnits: Set<String> = ["staff", "team", "bureau", "newsroom", "desk", "services", "service", "wire"]

    /// "Jane Roe — Reporter. John Doe — News editor.": every sentence a name, a dash and a job title.
    static func isStaffCredits(_ text: Substring) -> Bool {
        let credits = text.split(separator: ".").filter { !$0.allSatisfy { $0 == " " } }
        return !credits.isEmpty && credits.allSatisfy { credit in
            let parts = credit.split(separator: "—")
            guard parts.count == 2, let role = parts[1].split(separator: " ").last else { return false }
            let name = parts[0].split(separator: " ")
            return name.count >= 2 && name.count <= 4 && name.allSatisfy { $0.first?.isUppercase == true }
                && authorRoles.contains(role.lowercased())
        }
    }

    static let nameParticles: Set<String> = ["de", "van", "von", "der", "den", "la", "le", "da", "di", "del", "du", "ter", "ten"]

    /// Job titles that sign an author line.
    static let authorRoles: Set<String> = [
        "fellow", "editor", "correspondent", "reporter", "director", "professor", "analyst", "researcher",
        "writer", "columnist", "lecturer", "contributor", "economist",
        // ("European Affairs Desk": the desk that wrote it.)
        "desk",
    ]

    /// "Jane Roe, Senior Fellow, Europe Programme": two to four capitalised words, a comma, and
    /// a job title among the rest.
    static func isNameWithRole(_ line: TextLine) -> Bool {
        guard let comma = line.text.utf8.firstIndex(of: UInt8(ascii: ",")) else { return false }
        let parts = [line.text[..<comma], line.text[line.text.utf8.index(after: comma)...]]
        let name = parts[0].split(separator: " ")
        guard (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        return TextLine(parts[1]).key.split(separator: " ").contains { authorRoles.contains(String($0)) }
    }

    /// "Court reporter at the Daily Courier.", "Defence correspondent for the Herald.": an
    /// author's note, a job title placed at a paper.
    static func isAuthorNote(_ line: TextLine) -> Bool {
        guard line.words <= 24 else { return false }
        // "Jordan Ellis covers Congress. Marie Roe is our Ottawa correspondent.": two notes in a
        // line, each judged on its own.
        let parts = line.text.split(separator: ". ")
        if parts.count >= 2 {
            return parts.contains { isAuthorNote(TextLine($0)) }
        }
        guard line.words <= 14 else { return false }
        let words = line.key.split(separator: " ")
        guard let role = words.firstIndex(where: { authorRoles.contains(String($0)) }) else { return false }
        // "Jane Roe is a Nordwire correspondent covering defence": a name, "is a", the role.
        if let verb = words.firstIndex(of: "is"), verb >= 1, verb <= 3, verb < role, role - verb <= 4 {
            let name = line.text.split(separator: " ").prefix(verb)
            if name.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        }
        return role + 1 < words.count && ["at", "for", "with", "covering", "based"].contains(words[role + 1])
    }

    /// "Alice Roe in Brussels": an author and where she files from, all names but the "in".
    static func isNameInPlace(_ line: TextLine) -> Bool {
        guard (4...6).contains(line.words), !line.endsSentence else { return false }
        let words = line.text.split(separator: " ")
        guard let at = words.firstIndex(where: { $0 == "in" }), at >= 2, at < words.count - 1 else { return false }
        return words.indices.allSatisfy { $0 == at || (words[$0].first?.isUppercase == true && !words[$0].contains(where: \.isNumber)) }
    }

    /// The words of a date line that are not date words are at most four capitalised names.
    private static func isNameBesideDate(_ line: TextLine) -> Bool {
        var names = 0
        var joined = false
        for word in line.text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "—" || $0 == "–" || $0 == "-" }) {
            let lowered = word.lowercased().trimmingDots
            // "Elena Teslova and Dildora Kadirova |14.03.2026": two authors.
            if lowered == "and" || lowered == "&" {
                joined = true
                continue
            }
            // "Piet de Vries", "Ursula von der Leyen": particles inside a name.
            if Self.nameParticles.contains(lowered) { continue }
            // ("Anna Roe | 15 January 2026, 18:02 CET | 1,204 views | 12 comments": counters beside
            // the name and the date.)
            if lowered.isEmpty || DateWords.months[lowered] != nil || DateWords.weekdays.contains(lowered)
                || DateWords.lineNoise.contains(lowered) || DateWords.ordinalSuffixes.contains(lowered)
                || LineClassifier.counterWords.contains(lowered)
                || !word.contains(where: \.isLetter) || word.first?.isNumber == true {
                continue
            }
            guard word.first?.isUppercase == true else { return false }
            names += 1
        }
        return names >= 1 && names <= (joined ? 7 : 4)
    }
}
