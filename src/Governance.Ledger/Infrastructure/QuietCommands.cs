using JasperFx;
using JasperFx.CommandLine;
using Spectre.Console;

namespace Governance.Ledger.Infrastructure;

/// <summary>Runs a command-line verb without the command runner's list of the assemblies it searched.</summary>
public static class QuietCommands
{
    /// <param name="answerAlone">For a verb whose standard output is its answer (a token): every message and refusal
    /// goes to standard error, so <c>TOKEN=$(... issue-token ...)</c> holds the token or nothing.</param>
    public static Task<int> RunQuietlyAsync(this IHost host, string[] args, bool answerAlone = false)
    {
        if (answerAlone)
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // JasperFx lists each assembly it searches for verbs ("Searching '...' for commands") until extensions have been
        // applied once; applying none marks them applied, and the list is never printed.
        new CommandFactory().ApplyExtensions(new ServiceCollection());
        return host.RunJasperFxCommands(args);
    }
}
