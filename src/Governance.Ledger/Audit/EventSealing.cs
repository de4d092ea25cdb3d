using Governance.Domain.Audit;
using Npgsql;

namespace Governance.Ledger.Audit;

/// <summary>
/// Seals every event a session appends, inside the transaction that appends it: after Marten has written the rows and
/// before the commit, reads them back as stored and writes each one's event hash and seal to <c>ledger_event_seals</c>. A row that
/// reaches the log any other way has no seal, and a row edited or copied afterwards no longer matches its seal.
/// </summary>
public sealed class EventSealing(SealKey key, LedgerLog log) : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        // Rich appends have their sequence numbers by now: Marten takes them before the listeners run.
        var sequences = session.PendingChanges.Streams().SelectMany(stream => stream.Events)
            .Select(e => e.Sequence).Where(sequence => sequence > 0).ToArray();
        if (sequences.Length > 0 && session is ITransactionParticipantRegistrar transaction)
            transaction.AddTransactionParticipant(new Seals(sequences, key, log));
        return Task.CompletedTask;
    }

    private sealed class Seals(long[] sequences, SealKey key, LedgerLog log) : ITransactionParticipant
    {
        public async Task BeforeCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken token)
        {
            var rows = await log.ReadAsync(connection, transaction, sequences, token);
            var hashes = rows.Select(HashChain.EventHash).ToList();
            await log.WriteSealsAsync(connection, transaction, rows.Select(row => row.Sequence).ToArray(),
                hashes.Select(hash => HashChain.Hex(hash)).ToArray(),
                rows.Select((row, n) => HashChain.Hex(HashChain.Seal(key.Secret, row.Sequence, hashes[n]))).ToArray(), token);
        }
    }
}
