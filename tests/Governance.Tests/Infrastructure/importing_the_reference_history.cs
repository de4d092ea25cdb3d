using Governance.Ledger.ServiceChanges;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Plans;
using Governance.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Infrastructure;

public class importing_the_reference_history
{
    [Fact]
    public async Task a_restarted_ledger_keeps_its_events_and_imports_nothing_twice()
    {
        var database = await TestCluster.NewDatabaseAsync();
        long eventsAfterFirstStart;
        await using (var first = await LedgerApp.StartAsync(database))
        {
            eventsAfterFirstStart = await CountEvents(first.Services.GetRequiredService<IDocumentStore>());
        }

        await using var second = await LedgerApp.StartAsync(database);
        var store = second.Services.GetRequiredService<IDocumentStore>();

        var reference = ReferenceHistoryPlan.From(ReferenceFiles.DataSet).Sum(stream => stream.Events.Count);
        var plans = IllustrativePlans.From(ReferenceFiles.DataSet).Streams.Sum(stream => stream.Events.Count);
        var rules = AssuranceRulesImport.Events(CsvTable.Parse(await File.ReadAllTextAsync(
            Path.Combine(ReferenceDataSet.DefaultFolder, AssuranceRulesImport.File))).Rows).Count;
        // The assessment as published, then one event per rating.
        var ratings = ReferenceFiles.Rows(Ledger.Assessments.AssessmentsImport.Ratings).Count + 1;
        var capital = ReferenceFiles.Rows(Ledger.Funding.CapitalFundingImport.File).Count;
        var sourced = SourcedGovernanceImport.Streams(ReferenceFiles.Rows(SourcedGovernanceImport.Leadership),
            ReferenceFiles.Rows(SourcedGovernanceImport.Arrangements), FootprintIdentities.From(ReferenceFiles.DataSet))
            .Sum(stream => stream.Events.Count);
        eventsAfterFirstStart.ShouldBe(reference + plans + rules + ratings + capital + sourced + 6, "the six imports' events and their markers");
        (await CountEvents(store)).ShouldBe(eventsAfterFirstStart);
        (await ReferenceHistoryImport.RunAsync(store, ReferenceFiles.DataSet, TimeProvider.System, default))
            .ShouldBe(ImportOutcome.AlreadyImported);
        (await AssuranceRulesImport.RunAsync(store, ReferenceDataSet.DefaultFolder, TimeProvider.System, default))
            .ShouldBe(ImportOutcome.AlreadyImported);
        (await CountEvents(store)).ShouldBe(eventsAfterFirstStart);
    }

    private static async Task<long> CountEvents(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return await session.Events.QueryAllRawEvents().LongCountAsync();
    }
}
