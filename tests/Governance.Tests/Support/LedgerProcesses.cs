using System.Diagnostics;

namespace Governance.Tests.Support;

/// <summary>What a test that runs the ledger as its own process leaves behind: nothing.</summary>
public static class LedgerProcesses
{
    public static Task StopAndRemoveAsync(Process ledger, string dataFolder)
    {
        if (!ledger.HasExited) ledger.Kill(entireProcessTree: true);
        try
        {
            Directory.Delete(dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }
}
