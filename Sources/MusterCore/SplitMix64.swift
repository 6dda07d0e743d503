/// A tiny, fixed-seed pseudo-random generator (Steele, Lea and Flood's SplitMix64), so synthetic
/// data and fuzz cases are the same on every machine and run: a failure names its seed and case,
/// and that reproduces it. Foundation's and the standard library's generators are seeded randomly.
/// (One copy for the ledger benchmark's reporting and the tests' fuzzing.)
public struct SplitMix64: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0). The modulo bias does not matter for spreading
    /// choices or fuzzing.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    public mutating func element<T>(of array: [T]) -> T {
        array[below(array.count)]
    }
}
