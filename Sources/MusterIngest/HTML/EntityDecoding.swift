import CLibXML2

/// HTML character references left in JSON-LD strings ("&#8216;", "&amp;", "&rsquo;"), which
/// many publishing systems write there as if it were HTML. Named references are looked up in
/// libxml2's HTML entity table.
enum EntityDecoding {
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let (scalar, end) = reference(bytes, at: index) {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                index = end
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalar a reference starting at `start` stands for, and the index after its `;`.
    private static func reference(_ bytes: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = bytes[start...].prefix(12).firstIndex(of: UInt8(ascii: ";")),
              semicolon > start + 1 else { return nil }
        let body = bytes[(start + 1)..<semicolon]
        if body.first == UInt8(ascii: "#") {
            let digits = body.dropFirst()
            let hex = digits.first.map { $0 | 0x20 == UInt8(ascii: "x") } ?? false
            let number = String(decoding: hex ? digits.dropFirst() : digits, as: UTF8.self)
            guard let value = UInt32(number, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else {
                return nil
            }
            return (scalar, semicolon + 1)
        }
        let name = Array(body) + [0]
        guard let entity = name.withUnsafeBufferPointer({ htmlEntityLookup($0.baseAddress) }),
              let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return (scalar, semicolon + 1)
    }
}
