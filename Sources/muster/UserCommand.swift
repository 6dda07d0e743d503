import ArgumentParser
import Foundation
import MusterCore
import MusterServer
import MusterStore

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Accounts that sign in to `muster serve`, and their roles.",
        discussion: """
            Roles: admin (everything, and lists accounts), editor (reviews, proposes, edits
            coalitions), reviewer (accepts, corrects and rejects claims; proposes), liaison:XX
            (proposes changes to actor XX's commitments only), viewer (reads).
            Passwords are read from a terminal prompt, or with --password-stdin from standard
            input; never from an argument. They are stored as bcrypt hashes.

            Examples:
              muster user add alice --role reviewer
              printf '%s\\n' "$PASSWORD" | muster user add ci-bot --role editor --password-stdin
              muster user add marie --role liaison:FR
              muster user role alice editor
              muster user list
              muster user remove alice
            """,
        subcommands: [UserAddCommand.self, UserListCommand.self, UserRoleCommand.self, UserPasswordCommand.self,
                      UserRemoveCommand.self]
    )
}

/// `--role`: one of the roles, `liaison:` with a known actor code.
extension Role: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// Options every account command shares: the ledger and bcrypt's cost (hidden: tests lower it).
struct AccountOptions: ParsableArguments {
    @OptionGroup var ledger: LedgerOptions

    @Option(help: .hidden)
    var bcryptCost: UInt8 = 12

    func validate() throws {
        guard (4...31).contains(bcryptCost) else { throw ValidationError("--bcrypt-cost must be from 4 to 31") }
    }

    func service() throws -> AccountService {
        AccountService(store: try ledger.open().accounts, bcryptCost: bcryptCost)
    }
}

struct UserAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Create an account (asks for its password).")

    @OptionGroup var options: AccountOptions
    @Argument(help: "The account name: letters, digits, '.', '_', '-'; it names the account's ledger entries.")
    var name: String
    @Option(help: "admin, editor, reviewer, liaison:XX (an actor code) or viewer.")
    var role: Role
    @Flag(help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    func run() throws {
        let service = try options.service()
        let account = try reportingErrors {
            try AccountError.validate(name: name)
            let password = try PasswordInput.read(fromStandardInput: passwordStdin)
            return try service.addUser(name: name, role: role, password: password)
        }
        print("account \(account.name) added (\(account.role))")
    }
}

struct UserListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List accounts.")

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "table, json or csv.")
    var format: DataFormat = .table

    func run() throws {
        let accounts = try reportingErrors { try ledger.open().accounts.accounts() }
        LedgerRendering.print(
            accounts, format: format, header: ["name", "role", "created_at", "removed_at"],
            table: ["name", "role", "created", "state"],
            json: { account in
                .object([("name", .string(account.name)), ("role", .string(account.role.description)),
                         ("created_at", .string(account.createdAt)), ("removed_at", JSONValue(account.removedAt))])
            },
            csv: { [$0.name, $0.role.description, $0.createdAt, $0.removedAt ?? ""] },
            cells: { account in
                [account.name, account.role.description, String(account.createdAt.prefix(19)),
                 account.removedAt.map { "removed \($0.prefix(10))" } ?? "active"]
            })
    }
}

struct UserRoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role", abstract: "Change an account's role (takes effect on its next request).")

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The account name.")
    var name: String
    @Argument(help: "admin, editor, reviewer, liaison:XX or viewer.")
    var role: Role

    func run() throws {
        try reportingErrors { try ledger.open().accounts.setRole(role, account: name) }
        print("account \(name) is now \(role)")
    }
}

struct UserPasswordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "password", abstract: "Set an account's password.")

    @OptionGroup var options: AccountOptions
    @Argument(help: "The account name.")
    var name: String
    @Flag(help: "Read the password from the first line of standard input.")
    var passwordStdin = false

    func run() throws {
        let service = try options.service()
        try reportingErrors {
            guard try service.store.account(named: name)?.isActive == true else { throw AccountError.noSuchAccount(name) }
            try service.setPassword(try PasswordInput.read(fromStandardInput: passwordStdin), account: name)
        }
        print("password of \(name) changed")
    }
}

struct UserRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an account: it can no longer sign in and its API tokens are revoked.",
        discussion: "The name stays reserved, so the ledger entries it made keep naming one account.")

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The account name.")
    var name: String

    func run() throws {
        try reportingErrors { try ledger.open().accounts.removeAccount(named: name) }
        print("account \(name) removed; its API tokens are revoked")
    }
}
