/// A tiny, fixed-seed pseudo-random generator (Steele, Lea and Flood's SplitMix64), so fuzz
/// cases are the same on every machine and run: a failure names its seed and case number, and
/// that reproduces it. Foundation's and the standard library's generators are seeded randomly.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0). The modulo bias is irrelevant for fuzzing.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func between(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True about once in `n` calls.
    mutating func oneIn(_ n: Int) -> Bool {
        below(n) == 0
    }

    mutating func element<T>(of array: [T]) -> T {
        array[below(array.count)]
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
