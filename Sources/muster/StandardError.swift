import Foundation

/// Writes a line to standard error (warnings and errors never mix with data on stdout).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Exit code for bad input: the message printed before it names the input and the problem.
let badInputExitCode: Int32 = 1
