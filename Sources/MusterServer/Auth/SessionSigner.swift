import Crypto
import Foundation

/// A browser session as its cookie carries it: the account, when it expires, and a random
/// nonce that names this session (for sign-out and its CSRF token).
struct Session: Sendable, Equatable {
    var accountID: Int64
    /// Seconds since 1970.
    var expires: Int64
    var nonce: String
}

/// Signs and checks session cookies with HMAC-SHA256, and derives each session's CSRF token
/// from the same key. A cookie is `v1.ACCOUNT.EXPIRES.NONCE.MAC`: nothing secret is in it,
/// and any change to it breaks the MAC.
struct SessionSigner: Sendable {
    /// Kept as bytes: `SymmetricKey` is not `Sendable`, and making one from 32 bytes is cheap.
    private let keyBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The key is the SHA-256 of the secret, so a secret of any length gives a 256-bit key.
    init(secret: String) {
        keyBytes = Array(SHA256.hash(data: Data(secret.utf8)))
    }

    func cookieValue(_ session: Session) -> String {
        let payload = "v1.\(session.accountID).\(session.expires).\(session.nonce)"
        return payload + "." + Self.base64URL(Data(HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key)))
    }

    /// The session in a cookie value, if its MAC holds and it has not expired at `now`.
    func session(_ value: String, now: Int64) -> Session? {
        guard let dot = value.lastIndex(of: ".") else { return nil }
        let payload = value[..<dot]
        guard let mac = Self.fromBase64URL(value[value.index(after: dot)...]),
              HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(payload.utf8), using: key)
        else { return nil }
        let parts = payload.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "v1", let id = Int64(parts[1]), let expires = Int64(parts[2]),
              expires > now, !parts[3].isEmpty else { return nil }
        return Session(accountID: id, expires: expires, nonce: String(parts[3]))
    }

    /// A per-session token for forms: a MAC of the nonce, so the server stores nothing for it.
    func csrfToken(nonce: String, purpose: String = "session") -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data("csrf:\(purpose):\(nonce)".utf8), using: key)
        return Self.base64URL(Data(mac))
    }

    /// Compares in time that does not depend on where the texts first differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// `count` random bytes as base64url text (cookie- and URL-safe).
    static func randomToken(bytes count: Int = 16) -> String {
        var generator = SystemRandomNumberGenerator()
        return base64URL(Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }))
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func fromBase64URL(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}
