using JasperFx;
using JasperFx.CommandLine;
using Spectre.Console;

namespace Governance.Ledger.Infrastructure;

/// <summary>
/// Runs a command-line verb with its answer alone on standard output: what the command runner says besides (its
/// messages and refusals) goes to standard error, so <c>TOKEN=$(... issue-token ...)</c> holds the token or nothing.
/// </summary>
public static class QuietCommands
{
    public static Task<int> RunQuietlyAsync(this IHost host, string[] args)
    {
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // JasperFx lists each assembly it searches for verbs ("Searching '...' for commands") until extensions have been
        // applied once; applying none marks them applied, and the list is never printed.
        new CommandFactory().ApplyExtensions(new ServiceCollection());
        return host.RunJasperFxCommands(args);
    }
}
