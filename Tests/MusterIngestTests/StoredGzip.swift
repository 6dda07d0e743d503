/// Builds gzip streams from "stored" (uncompressed) deflate blocks, so tests can feed the
/// pipeline compressed input, and corrupt it, without a compressor.
enum StoredGzip {
    static func wrap(_ data: [UInt8]) -> [UInt8] {
        // Magic, deflate, no flags, no time, no extra flags, unknown OS.
        var stream: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xFF]
        var offset = 0
        repeat {
            let length = min(0xFFFF, data.count - offset)
            let isFinal = offset + length == data.count
            // Block header: BFINAL bit, BTYPE 00 (stored); then LEN and its one's complement.
            stream.append(isFinal ? 1 : 0)
            stream += littleEndian(UInt16(length)) + littleEndian(~UInt16(length))
            stream += data[offset..<offset + length]
            offset += length
        } while offset < data.count
        stream += littleEndian(crc32(data)) + littleEndian(UInt32(truncatingIfNeeded: data.count))
        return stream
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1 }
        return value
    }

    private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        (0..<T.bitWidth / 8).map { UInt8(truncatingIfNeeded: value >> ($0 * 8)) }
    }
}
