using Alba;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.SharedDecisions;
using Governance.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Tests.SharedDecisions;

/// <summary>A ledger of its own, so that it can be stopped, and started again once a deadline has passed.</summary>
public sealed class lapsing_at_the_deadline : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await TestCluster.NewDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task a_deadline_passing_while_the_ledger_is_stopped_lapses_what_still_awaits_ratification_when_it_starts()
    {
        var deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        string awaiting, decided;
        await using (var before = await LedgerApp.StartAsync(_connectionString))
        {
            var given = await new ADecisionPutToPartners(before, "QOQ").WithPartnersAsync(2, 3);
            awaiting = await given.ProposeAsync(deadline: $"{deadline:yyyy-MM-dd}", title: "Awaiting");
            decided = await given.ProposeAsync(deadline: $"{deadline:yyyy-MM-dd}", title: "Decided");
            await given.Ratify(awaiting, given.Partners[0], 1, "2017-07-01");
            await given.Ratify(decided, given.Partners[0], 2, "2017-07-01");
            await given.Ratify(decided, given.Partners[1], 3, "2017-07-02");
            (await given.Read(awaiting)).Status.ShouldBe(SharedDecisionStatus.AwaitingRatification);
        }

        var scheduled = await StoredMessages.CountAsync(_connectionString, nameof(LapseAtDeadline), "Scheduled");
        await StoredMessages.BringForwardAsync(_connectionString, nameof(LapseAtDeadline));
        var afterTheDeadline = new FakeTimeProvider(LapseAtDeadline.DueAt(deadline).AddMinutes(1));
        await using var after = await LedgerApp.StartAsync(_connectionString, afterTheDeadline);
        await StoredMessages.DrainedAsync(_connectionString);
        var lapsed = await ReadAsync(after, awaiting);

        scheduled.ShouldBe(2);
        (lapsed.Status, lapsed.ConcludedOn).ShouldBe((SharedDecisionStatus.Lapsed, deadline.AddDays(1)));
        lapsed.Partners.Select(p => p.Response).ShouldBe([PartnerResponse.Ratified, PartnerResponse.Awaiting]);
        (await ReadAsync(after, decided)).Status.ShouldBe(SharedDecisionStatus.InEffect);
        (await StoredMessages.CountAsync(_connectionString, nameof(LapseAtDeadline), "Handled")).ShouldBe(2);
    }

    private static async Task<SharedDecisionView> ReadAsync(IAlbaHost host, string decision) =>
        (await host.GetAsJson<SharedDecisionView>($"/api/shared-decisions/{decision}"))!;
}
