/// Substring search on UTF-8 bytes. The line rules search every line for dozens of phrases;
/// Foundation's `contains` (chosen whenever Foundation is imported in the module) goes through
/// NSString and UTF-16 and was most of the extractor's time.
extension StringProtocol {
    func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            let count = pattern.count
            return utf8.withContiguousStorageIfAvailable { haystack -> Bool in
                guard haystack.count >= count else { return false }
                var index = 0
                let last = haystack.count - count
                while index <= last {
                    if haystack[index] == first {
                        var offset = 1
                        while offset < count, haystack[index + offset] == pattern[offset] { offset += 1 }
                        if offset == count { return true }
                    }
                    index += 1
                }
                return false
            } ?? Array(utf8).withUnsafeBufferPointer { haystack in
                guard haystack.count >= count else { return false }
                for index in 0...(haystack.count - count) where haystack[index] == first {
                    if (0..<count).allSatisfy({ haystack[index + $0] == pattern[$0] }) { return true }
                }
                return false
            }
        }
    }
}
