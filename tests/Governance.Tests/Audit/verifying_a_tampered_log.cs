using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Audit;

public class verifying_a_tampered_log : IAsyncLifetime
{
    private readonly AChainedLedger _ledger = new();

    public Task InitializeAsync() => _ledger.InitializeAsync();

    public Task DisposeAsync() => _ledger.DisposeAsync();

    private Task<VerificationReport> Verify(params Checkpoint[] handedIn) =>
        _ledger.Audit.VerifyAsync(handedIn, progress: null, CancellationToken.None);

    [Fact]
    public async Task an_untouched_log_is_intact_through_its_last_event()
    {
        var status = await _ledger.ChainedAsync();

        var report = await Verify();

        report.Intact.ShouldBeTrue(report.FirstProblem?.Detail);
        (report.Chained, report.LastSequence, report.Unchained).ShouldBe((status.LastChained, status.LastRecorded, 0L));
    }

    [Fact]
    public async Task an_edited_event_is_named_as_changed_at_its_sequence()
    {
        await _ledger.TamperAsync(
            "update governance.mt_events set data = jsonb_set(data, '{name}', '\"Renamed by hand\"') where seq_id = 10");

        var problem = (await Verify()).FirstProblem!;

        (problem.Sequence, problem.Kind).ShouldBe((10L, TamperKind.Changed));
    }

    [Fact]
    public async Task a_deleted_event_is_named_as_missing_at_its_sequence()
    {
        await _ledger.TamperAsync("delete from governance.mt_events where seq_id = 20");

        var problem = (await Verify()).FirstProblem!;

        (problem.Sequence, problem.Kind).ShouldBe((20L, TamperKind.Missing));
    }

    [Fact]
    public async Task an_event_inserted_into_chained_history_is_named_as_inserted()
    {
        // A sequence number that a failed append consumed leaves a gap the chain passes over; forge an event into it.
        await _ledger.TamperAsync("select setval('governance.mt_events_sequence', (select max(seq_id) from governance.mt_events) + 1)");
        var gap = (await _ledger.ChainedAsync()).LastRecorded + 1;
        await AppendThroughTheApi();
        await _ledger.ChainedAsync();
        await _ledger.TamperAsync(
            $"insert into governance.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, user_name) " +
            $"select {gap}, gen_random_uuid(), stream_id, 999, data, type, timestamp, tenant_id, mt_dotnet_type, user_name " +
            "from governance.mt_events where seq_id = 5");

        var problem = (await Verify()).FirstProblem!;

        (problem.Sequence, problem.Kind).ShouldBe((gap, TamperKind.Inserted));
    }

    [Fact]
    public async Task two_events_that_swapped_sequence_numbers_are_named_as_reordered()
    {
        await _ledger.TamperAsync("""
            update governance.mt_events set seq_id = -1 where seq_id = 30;
            update governance.mt_events set seq_id = 30 where seq_id = 31;
            update governance.mt_events set seq_id = 31 where seq_id = -1;
            """);

        var problem = (await Verify()).FirstProblem!;

        (problem.Sequence, problem.Kind).ShouldBe((30L, TamperKind.Reordered));
        problem.Detail.ShouldContain("was chained at 31");
    }

    [Fact]
    public async Task a_tail_cut_off_after_a_checkpoint_is_caught_by_the_auditors_copy_of_the_checkpoint()
    {
        var kept = (await _ledger.Audit.CheckpointAsync(CancellationToken.None))!;
        // Someone with write access removes the tail of the log, its links, and the ledger's own checkpoints.
        await _ledger.TamperAsync($"""
            delete from governance.mt_events where seq_id > {kept.Sequence - 25};
            delete from governance.mt_doc_chainentry where id > {kept.Sequence - 25};
            delete from governance.mt_doc_storedcheckpoint;
            """);

        (await Verify()).Intact.ShouldBeTrue("without a checkpoint held elsewhere, a clean cut looks like a shorter log");
        var problem = (await Verify(kept)).FirstProblem!;

        (problem.Sequence, problem.Kind).ShouldBe((kept.Sequence - 24, TamperKind.CheckpointMismatch));
    }

    [Fact]
    public async Task an_edit_hidden_by_rewriting_the_chain_is_caught_by_the_auditors_copy_of_the_checkpoint()
    {
        var kept = (await _ledger.Audit.CheckpointAsync(CancellationToken.None))!;
        await _ledger.TamperAsync("""
            update governance.mt_events set data = jsonb_set(data, '{name}', '"Renamed by hand"') where seq_id = 10;
            delete from governance.mt_doc_chainentry;
            delete from governance.mt_doc_storedcheckpoint;
            """);
        await RewriteTheChainAsync();

        (await Verify()).Intact.ShouldBeTrue("the rewritten chain agrees with the edited log");
        var problem = (await Verify(kept)).FirstProblem!;

        (problem.Sequence, problem.Kind).ShouldBe((kept.Sequence, TamperKind.CheckpointMismatch));
    }

    [Fact]
    public async Task a_checkpoint_that_the_ledgers_key_did_not_sign_is_refused()
    {
        var kept = (await _ledger.Audit.CheckpointAsync(CancellationToken.None))!;
        var forged = kept with { ChainHash = new string('0', 64) };

        var problem = (await Verify(forged)).FirstProblem!;

        problem.Kind.ShouldBe(TamperKind.BadSignature);
    }

    private async Task AppendThroughTheApi() =>
        await Support.HttpScenarios.Records(_ledger.Host, "/api/footprints/QF7/partners", new
        {
            organisationCode = "RHQ", name = "Sheffield Teaching Hospitals NHS Foundation Trust", type = "NhsFoundationTrust",
            joinedOn = "2017-04-01", version = 0, source = new { reference = "MoU" },
        });

    /// <summary>What someone who knows how the chain is made could do: recompute every link over the edited log.</summary>
    private async Task RewriteTheChainAsync()
    {
        var store = _ledger.Host.Services.GetRequiredService<IDocumentStore>();
        var log = _ledger.Host.Services.GetRequiredService<LedgerLog>();
        await using var session = store.LightweightSession();
        var chain = HashChain.Genesis;
        foreach (var e in log.Read())
        {
            var eventHash = HashChain.EventHash(e);
            chain = HashChain.Next(chain, e.Sequence, eventHash);
            session.Store(new ChainEntry(e.Sequence, e.StreamKey, HashChain.Hex(eventHash), HashChain.Hex(chain)));
        }

        await session.SaveChangesAsync();
    }
}
