/// A fixed open-addressing map from 64-bit keys to small values, built once: lookups in the
/// per-element hot path (tag names, class words) cost a multiply and a compare or two instead
/// of `Dictionary`'s seeded SipHash.
struct KeyTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let shift: UInt64
    private let mask: Int

    /// - Parameter entries: keys must be unique and non-zero.
    init(_ entries: [(UInt64, Value)]) {
        var bits = 4
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let size = 1 << bits
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
        shift = UInt64(64 - bits)
        mask = size - 1
        for (key, value) in entries {
            var slot = slotOf(key)
            while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }

    @inline(__always)
    private func slotOf(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        var slot = slotOf(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
