import ArgumentParser
import Foundation
import MusterCore
import MusterServer
import MusterStore

struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "API tokens: `Authorization: Bearer TOKEN` acts as the token's account.",
        discussion: """
            A token is shown once, when it is created; the ledger keeps only its SHA-256.

            Examples:
              muster token create alice --label "nightly import"
              muster token list
              muster token revoke 3
            """,
        subcommands: [TokenCreateCommand.self, TokenListCommand.self, TokenRevokeCommand.self]
    )
}

struct TokenCreateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a token for an account and print it (once).")

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The account the token acts as.")
    var name: String
    @Option(help: "What the token is for.")
    var label: String?

    func run() throws {
        let service = AccountService(store: try ledger.open().accounts)
        let (token, secret) = try reportingErrors { try service.createToken(account: name, label: label) }
        // The secret alone on stdout, so `TOKEN=$(muster token create …)` works.
        print(secret)
        printError("token \(token.id) for \(name) created; it is shown only this once")
    }
}

struct TokenListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (never their secrets).")

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "table, json or csv.")
    var format: DataFormat = .table

    func run() throws {
        let tokens = try reportingErrors { try ledger.open().accounts.tokens() }
        LedgerRendering.print(
            tokens, format: format, header: ["id", "account", "label", "created_at", "revoked_at"],
            table: ["id", "account", "label", "created", "state"],
            json: { token in
                .object([("id", .number(Double(token.id))), ("account", .string(token.account)),
                         ("label", JSONValue(token.label)), ("created_at", .string(token.createdAt)),
                         ("revoked_at", JSONValue(token.revokedAt))])
            },
            csv: { [String($0.id), $0.account, $0.label ?? "", $0.createdAt, $0.revokedAt ?? ""] },
            cells: { token in
                [String(token.id), token.account, token.label ?? "", String(token.createdAt.prefix(19)),
                 token.revokedAt.map { "revoked \($0.prefix(19))" } ?? "active"]
            })
    }
}

struct TokenRevokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke a token: requests with it are refused (401) from now on.")

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The token's id (see `muster token list`).")
    var id: Int64

    func run() throws {
        try reportingErrors { try ledger.open().accounts.revokeToken(id: id) }
        print("token \(id) revoked")
    }
}
