using Governance.Domain.Audit;
using Governance.Ledger.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Audit;

/// <summary>
/// Someone with write access to the database changes it behind the ledger's back; each change must be named, at the
/// right sequence, by every verifier: the API, the verify verb run as its own process, and the offline verifiers (ours
/// and the independent one in ops/verify-export.py) on an export, given the checkpoint the auditor kept before.
/// </summary>
public class verifying_a_tampered_log : IAsyncLifetime
{
    private const string Events = "governance.mt_events";
    private readonly AChainedLedger _ledger = new();
    private Checkpoint _kept = null!;

    public async Task InitializeAsync()
    {
        await _ledger.InitializeAsync();
        _kept = await _ledger.CheckpointAsync();
    }

    public Task DisposeAsync() => _ledger.DisposeAsync();

    [Fact]
    public async Task an_untouched_log_is_intact_everywhere()
    {
        var status = await _ledger.ChainedAsync();

        var report = await _ledger.VerifyOverHttpAsync(_kept);
        var (exitCode, output) = await _ledger.RunVerbAsync("verify", "--checkpoint", _ledger.Keep(_kept)[0]);
        var export = await ExportAsync();

        report.Intact.ShouldBeTrue(report.FirstProblem?.Detail);
        (report.Chained, report.LastSequence, report.Unchained).ShouldBe((status.LastChained, status.LastRecorded, 0L));
        (exitCode, output).ShouldSatisfyAllConditions(() => exitCode.ShouldBe(0, output), () => output.ShouldContain("The log is intact."));
        var (offline, text) = _ledger.VerifyOffline(export, _ledger.Keep(_kept));
        offline.ShouldBe(0, text);
        IndependentVerifier.Run(export, _ledger, _kept).ShouldStartWith("INTACT");
    }

    [Fact]
    public async Task edited_data_is_named_as_changed() =>
        await Tampered($"update {Events} set data = jsonb_set(data, '{{name}}', '\"Renamed by hand\"') where seq_id = 10",
            10, TamperKind.Changed);

    [Fact]
    public async Task an_edited_recorded_time_is_named_as_changed() =>
        await Tampered($"update {Events} set timestamp = timestamp - interval '3 years' where seq_id = 11", 11, TamperKind.Changed);

    [Fact]
    public async Task an_edited_user_name_is_named_as_changed() =>
        await Tampered($"update {Events} set user_name = 'Jane Smith' where seq_id = 12", 12, TamperKind.Changed);

    [Fact]
    public async Task a_deleted_event_is_named_as_missing() =>
        await Tampered($"delete from {Events} where seq_id = 20", 20, TamperKind.Missing);

    [Fact]
    public async Task two_events_that_swapped_sequence_numbers_are_named_as_reordered() =>
        await Tampered($"""
            update {Events} set seq_id = -1 where seq_id = 30;
            update {Events} set seq_id = 30 where seq_id = 31;
            update {Events} set seq_id = 31 where seq_id = -1;
            """, 30, TamperKind.Reordered);

    [Fact]
    public async Task the_archived_flag_that_hides_an_event_from_every_read_is_named() =>
        await Tampered($"update {Events} set is_archived = true where seq_id = 40", 40, TamperKind.Archived);

    [Fact]
    public async Task an_event_forged_into_a_burned_sequence_is_named_as_inserted()
    {
        var burned = await BurnASequenceAsync();

        await Tampered($"""
            insert into {Events} (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, user_name)
            select {burned}, gen_random_uuid(), stream_id, 999, data, type, timestamp, tenant_id, mt_dotnet_type, user_name
            from {Events} where seq_id = 5
            """, burned, TamperKind.Inserted);
    }

    [Fact]
    public async Task a_burned_sequence_taken_out_of_the_chain_is_named()
    {
        var burned = await BurnASequenceAsync();
        await _ledger.TamperAsync($"delete from governance.ledger_chain where seq_id = {burned}");
        await RewriteTheChainAsync();

        await Named(burned, TamperKind.BurnedSequenceMissing);
    }

    [Fact]
    public async Task a_backdated_event_appended_at_the_tail_is_named_as_not_written_by_the_ledger()
    {
        var forged = await AppendByHandAsync("timestamp '2017-03-01 10:00:00+00'", "'Jane Smith'");

        await Named(forged, TamperKind.NotWrittenByLedger);
    }

    [Fact]
    public async Task a_backdated_event_appended_with_the_chain_rewritten_to_pass_it_off_is_still_named()
    {
        var forged = await AppendByHandAsync("timestamp '2017-03-01 10:00:00+00'", "'Jane Smith'");
        await RewriteTheChainAsync();

        await Named(forged, TamperKind.NotWrittenByLedger, offline: TamperKind.ImpossibleRecordedTime);
    }

    [Fact]
    public async Task a_copy_of_a_genuine_event_appended_at_the_tail_is_named_as_not_written_by_the_ledger()
    {
        var copy = await AppendByHandAsync("timestamp", "user_name");

        await Named(copy, TamperKind.NotWrittenByLedger);
    }

    [Fact]
    public async Task a_tail_cut_off_after_a_checkpoint_is_caught_by_the_auditors_copy_of_the_checkpoint()
    {
        var cut = _kept.Sequence - 25;
        await _ledger.TamperAsync($"""
            delete from {Events} where seq_id > {cut};
            delete from governance.ledger_chain where seq_id > {cut};
            delete from governance.mt_doc_storedcheckpoint;
            """);

        (await _ledger.Audit.VerifyAsync([], null, CancellationToken.None)).Intact
            .ShouldBeTrue("without a checkpoint held elsewhere, a clean cut looks like a shorter log");
        await Named(cut + 1, TamperKind.CheckpointMismatch);
    }

    [Fact]
    public async Task an_edit_hidden_by_rewriting_the_chain_is_named_by_its_seal_and_by_the_auditors_checkpoint()
    {
        await _ledger.TamperAsync($"update {Events} set data = jsonb_set(data, '{{name}}', '\"Renamed by hand\"') where seq_id = 10");
        await RewriteTheChainAsync();

        await Named(10, TamperKind.Changed, offline: TamperKind.CheckpointMismatch, offlineSequence: _kept.Sequence);
    }

    [Fact]
    public async Task a_checkpoint_that_the_ledgers_key_did_not_sign_is_refused()
    {
        var forged = _kept with { ChainHash = new string('0', 64) };

        var problem = (await _ledger.VerifyOverHttpAsync(forged)).FirstProblem!;

        problem.Kind.ShouldBe(TamperKind.BadSignature);
    }

    [Fact]
    public async Task the_ledger_refuses_to_sign_a_checkpoint_over_a_tampered_log()
    {
        await _ledger.TamperAsync($"update {Events} set user_name = 'Jane Smith' where seq_id = 12");

        var (signed, refused) = await _ledger.Audit.CheckpointAsync(CancellationToken.None);

        signed.ShouldBeNull();
        (refused!.Sequence, refused.Kind).ShouldBe((12L, TamperKind.Changed));
    }

    private async Task Tampered(string sql, long sequence, TamperKind kind)
    {
        await _ledger.TamperAsync(sql);
        await Named(sequence, kind);
    }

    /// <summary>Every verifier names the same problem at the same sequence; offline, what only a checkpoint can show is
    /// named where the checkpoint stands.</summary>
    private async Task Named(long sequence, TamperKind online, TamperKind? offline = null, long? offlineSequence = null)
    {
        var report = await _ledger.VerifyOverHttpAsync(_kept);
        (report.FirstProblem?.Sequence, report.FirstProblem?.Kind).ShouldBe((sequence, online), report.FirstProblem?.Detail);

        var kept = _ledger.Keep(_kept);
        var (exitCode, output) = await _ledger.RunVerbAsync("verify", "--checkpoint", kept[0]);
        exitCode.ShouldNotBe(0, output);
        output.ShouldContain($"{online} at sequence {sequence}:");

        var export = await ExportAsync();
        var expected = $"TAMPERED: {offline ?? online} at sequence {offlineSequence ?? sequence}:";
        var (offlineExit, offlineOutput) = _ledger.VerifyOffline(export, kept);
        offlineExit.ShouldBe(1, offlineOutput);
        offlineOutput.ShouldContain(expected);
        IndependentVerifier.Run(export, _ledger, _kept).ShouldStartWith(expected);
    }

    private async Task<string> ExportAsync()
    {
        var folder = Path.Combine(_ledger.DataDirectory, $"export-{Guid.NewGuid():N}");
        await _ledger.ExportAsync(folder);
        return folder;
    }

    /// <summary>A sequence number taken and never used, as a failed transaction leaves it, chained as burned once the
    /// events after it are.</summary>
    private async Task<long> BurnASequenceAsync()
    {
        var burned = await _ledger.ScalarAsync("select nextval('governance.mt_events_sequence')");
        await Support.HttpScenarios.Records(_ledger.Host, "/api/footprints/QF7/partners", new
        {
            organisationCode = "RHQ", name = "Sheffield Teaching Hospitals NHS Foundation Trust", type = "NhsFoundationTrust",
            joinedOn = "2017-04-01", version = 0, source = new { reference = "MoU" },
        });
        await _ledger.ChainedAsync();
        return burned;
    }

    /// <summary>Appends a copy of the footprint QF7's last event as its next version, by SQL, with the recorded time
    /// and user name given, and waits until the chain has followed it.</summary>
    private async Task<long> AppendByHandAsync(string recordedAt, string userName)
    {
        var sequence = await _ledger.ScalarAsync("select nextval('governance.mt_events_sequence')");
        await _ledger.TamperAsync($"""
            insert into {Events} (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, user_name,
                                  correlation_id, causation_id, headers)
            select {sequence}, gen_random_uuid(), stream_id, version + 1, data, type, {recordedAt}, tenant_id, mt_dotnet_type,
                   {userName}, correlation_id, causation_id, headers
            from {Events} where stream_id = 'QF7' order by version desc limit 1;
            update governance.mt_streams set version = version + 1 where id = 'QF7';
            """);
        await _ledger.ChainedAsync();
        return sequence;
    }

    /// <summary>What someone who knows how the chain is made, but not the ledger's keys, could do: recompute every link
    /// over the log as it now stands, calling every row sealed, and remove the checkpoints the ledger stored.</summary>
    private async Task RewriteTheChainAsync()
    {
        var log = _ledger.Host.Services.GetRequiredService<LedgerLog>();
        var rows = log.Read().ToDictionary(row => row.Sequence);
        var sequences = log.ReadLinks().Select(link => link.Sequence).ToList();
        var chain = HashChain.Genesis;
        var links = new List<string>();
        foreach (var sequence in sequences)
        {
            var row = rows.GetValueOrDefault(sequence);
            var kind = row is null || row.IsBurnedPlaceholder ? LinkKind.Burned : LinkKind.Sealed;
            var eventHash = kind == LinkKind.Burned ? null : HashChain.EventHash(row!);
            chain = HashChain.Next(chain, sequence, kind, eventHash);
            links.Add($"({sequence}, '{kind}', {(eventHash is null ? "null" : $"'{HashChain.Hex(eventHash)}'")}, '{HashChain.Hex(chain)}')");
        }

        await _ledger.TamperAsync($"""
            delete from governance.ledger_chain;
            delete from governance.mt_doc_storedcheckpoint;
            insert into governance.ledger_chain (seq_id, kind, event_hash, chain_hash) values {string.Join(", ", links)};
            """);
    }
}
