/// Where a page's reader comments begin: the article ends there.
enum CommentSection {
    /// "Leave a Reply", "12 Comments", "3 thoughts on “…”", "Jane on May 2, 2024 at 4:47 pm said:".
    static func opens(_ line: TextLine) -> Bool {
        let key = line.key
        if ["leave a reply", "leave a comment", "join the discussion", "join the conversation", "comments",
            "discussion", "reader comments", "add a comment", "post a comment", "show comments"].contains(key) {
            return true
        }
        // "12 thoughts on “…”", "3 responses to “…”"; a bare "0 comments" is a header counter.
        let words = key.split(separator: " ", maxSplits: 3)
        if words.count >= 3, words[0].allSatisfy(\.isASCIIDigit), line.words <= 20,
           (words[1] == "thoughts" && words[2] == "on") || (words[1] == "responses" && words[2] == "to")
            || (words[1] == "replies" && words[2] == "to") {
            return true
        }
        return line.words <= 20 && (key.hasSuffix(" said") || key.hasSuffix(" says") || key.hasSuffix(" wrote"))
            && line.endsWithColon && DateTextParser.firstDate(in: line.text) != nil
    }
}
