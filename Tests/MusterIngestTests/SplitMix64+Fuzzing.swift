import MusterCore

/// Fuzzing helpers on the project's fixed-seed generator (`MusterCore.SplitMix64`).
extension SplitMix64 {
    mutating func between(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True about once in `n` calls.
    mutating func oneIn(_ n: Int) -> Bool {
        below(n) == 0
    }

    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    /// Printable ASCII with the odd tab and line break, like text that has lost its markup.
    mutating func ascii(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in
            switch below(20) {
            case 0: return 0x0A
            case 1: return 0x09
            default: return UInt8(0x20 + below(95))
            }
        }
    }
}
