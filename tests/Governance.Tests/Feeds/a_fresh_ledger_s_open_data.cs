using System.Net;
using Governance.Tests.Support;

namespace Governance.Tests.Feeds;

/// <summary>The open-data archive is cut at a signed checkpoint; a ledger just started signs its first as soon as its
/// chain has caught up, so nobody waits the checkpoint period (an hour) for it.</summary>
public class a_fresh_ledger_s_open_data(LedgerApp ledger) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task is_served_within_a_minute_of_a_start_with_nobody_asking_for_a_checkpoint()
    {
        var client = ledger.Host.Server.CreateClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        HttpResponseMessage answer;
        do
        {
            answer = await client.GetAsync("/api/open-data");
            if (answer.StatusCode == HttpStatusCode.OK) break;
            answer.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, await answer.Content.ReadAsStringAsync());
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        } while (waited.Elapsed < TimeSpan.FromMinutes(1));

        answer.StatusCode.ShouldBe(HttpStatusCode.OK, "the first checkpoint was signed without anybody asking");
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
    }
}
