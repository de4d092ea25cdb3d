using Governance.Ledger.Audit;

namespace Governance.Tests.Support;

public static class Chain
{
    /// <summary>Waits until the chain has caught up with the log (it follows behind the write path).</summary>
    public static async Task<ChainStatus> CaughtUpAsync(AuditTrail audit, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var status = await audit.StatusAsync(CancellationToken.None);
            if (status.LastRecorded > 0 && status.Unchained == 0 && status.LastChained >= status.LastRecorded) return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The chain did not catch up: {status}");
            await Task.Delay(100);
        }
    }
}
