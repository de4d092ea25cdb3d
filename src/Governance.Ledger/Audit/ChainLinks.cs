using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>A stored row as the chain follower sees it: its sequence, whether it is Marten's placeholder for a burned
/// sequence, and the event hash and seal the ledger stored when it wrote it (none for a row it did not write).</summary>
public sealed record SealedRow(long Sequence, bool IsBurnedPlaceholder, string? EventHash, string? Seal)
{
    /// <summary>A row as it stands, hashed now.</summary>
    public static SealedRow Of(RecordedEventFields row) =>
        new(row.Sequence, row.IsBurnedPlaceholder, HashChain.Hex(HashChain.EventHash(row)), row.Seal);
}

/// <summary>Links every sequence number after <c>after</c> through <c>through</c> into the chain: an event the ledger
/// sealed, a row it did not, or a sequence no row stands at (or only Marten's placeholder for a burned one).</summary>
public static class ChainLinks
{
    /// <param name="rows">The stored rows after <paramref name="after"/> through <paramref name="through"/>, in order.</param>
    /// <param name="readRow">Reads a whole row, for one whose stored hash does not carry the ledger's seal.</param>
    public static IEnumerable<ChainLink> Follow(IEnumerable<SealedRow> rows, long after, long through, byte[] previous,
        SealKey key, Func<long, RecordedEventFields?> readRow)
    {
        using var cursor = rows.GetEnumerator();
        var row = cursor.MoveNext() ? cursor.Current : null;
        var chain = previous;
        for (var sequence = after + 1; sequence <= through; sequence++)
        {
            var stored = row?.Sequence == sequence ? row : null;
            if (stored is not null) row = cursor.MoveNext() ? cursor.Current : null;

            var (kind, eventHash) = Classify(stored, key, readRow);
            chain = HashChain.Next(chain, sequence, kind, eventHash);
            yield return new ChainLink(sequence, kind, eventHash is null ? null : HashChain.Hex(eventHash), HashChain.Hex(chain));
        }
    }

    /// <summary>Links rows that are read whole and hashed now (a rebuild from the events alone).</summary>
    public static IEnumerable<ChainLink> Follow(IEnumerable<RecordedEventFields> rows, long after, long through,
        byte[] previous, SealKey key) =>
        Follow(rows.Select(SealedRow.Of), after, through, previous, key, _ => null);

    private static (LinkKind Kind, byte[]? EventHash) Classify(SealedRow? row, SealKey key,
        Func<long, RecordedEventFields?> readRow)
    {
        if (row is null || row.IsBurnedPlaceholder) return (LinkKind.Burned, null);
        if (row.EventHash is { Length: 64 } stored && row.Seal is { Length: 64 } seal)
        {
            var eventHash = HashChain.FromHex(stored);
            if (HashChain.Seal(key.Secret, row.Sequence, eventHash).AsSpan().SequenceEqual(HashChain.FromHex(seal)))
                return (LinkKind.Sealed, eventHash);
        }

        return readRow(row.Sequence) is { } whole ? (LinkKind.Unsealed, HashChain.EventHash(whole)) : (LinkKind.Unsealed,
            row.EventHash is { Length: 64 } hash ? HashChain.FromHex(hash) : new byte[32]);
    }
}
