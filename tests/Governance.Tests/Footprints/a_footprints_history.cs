using System.Text.Json.Nodes;
using Alba;
using Governance.Tests.Support;

namespace Governance.Tests.Footprints;

[Collection(LedgerCollection.Name)]
public class a_footprints_history(LedgerApp ledger)
{
    [Fact]
    public async Task lists_every_event_with_its_effective_date_source_and_recorder()
    {
        var result = await ledger.Host.Scenario(s => s.Get.Url("/api/footprints/QHM/history"));
        var history = JsonNode.Parse(await result.ReadAsTextAsync())!.AsArray();

        history.ShouldAllBe(entry => entry!["recordedAt"] != null && entry["sequence"] != null);
        foreach (var entry in history)
        {
            // The recorded time and global position differ from run to run; everything else is the approved record.
            entry!.AsObject().Remove("recordedAt");
            entry.AsObject().Remove("sequence");
        }

        await VerifyJson(history.ToJsonString());
    }
}
