using Governance.Ledger.Audit;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.CommandLine;
using Spectre.Console;

namespace Governance.Ledger.Footprints.ReferenceHistory;

[Description("Imports the sourced reference history (footprints, designations, mergers, ICBs); running it twice adds nothing",
    Name = "import-reference")]
public sealed class ImportReferenceCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = await CommandHost.ReadyAsync(input);
        var store = host.Services.GetRequiredService<IDocumentStore>();

        var outcome = await ReferenceHistoryImport.RunAsync(
            store, ReferenceDataSet.Load(ReferenceDataSet.DefaultFolder), TimeProvider.System, CancellationToken.None);
        AnsiConsole.MarkupLine($"Reference history: [bold]{outcome}[/]");
        return true;
    }
}
