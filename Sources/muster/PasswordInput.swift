import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a password without it ever being a command-line argument (arguments show in `ps` and
/// shell history): with `--password-stdin`, the first line of standard input; otherwise from
/// a prompt on the terminal, typed twice, without echo.
enum PasswordInput {
    static func read(fromStandardInput: Bool, confirm: Bool = true) throws -> String {
        if fromStandardInput {
            guard let line = readLine(strippingNewline: true) else {
                throw PasswordInputError(description: "--password-stdin: standard input is empty")
            }
            return line
        }
        guard isatty(STDIN_FILENO) == 1 else {
            throw PasswordInputError(description: "no terminal to ask for a password on: pass --password-stdin and pipe it in")
        }
        let first = try prompt("Password: ")
        if confirm {
            guard try prompt("Password again: ") == first else {
                throw PasswordInputError(description: "the two passwords differ")
            }
        }
        return first
    }

    /// One line from the terminal with echo off (restored even when reading fails).
    static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else {
            throw PasswordInputError(description: "no password was typed")
        }
        return line
    }
}

struct PasswordInputError: Error, CustomStringConvertible {
    let description: String
}
