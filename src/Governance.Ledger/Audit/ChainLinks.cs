using Governance.Domain.Audit;

namespace Governance.Ledger.Audit;

/// <summary>Links every sequence number after <c>after</c> through <c>through</c> into the chain: an event the ledger
/// sealed, a row it did not, or a sequence no row stands at (or only Marten's placeholder for a burned one).</summary>
public static class ChainLinks
{
    /// <param name="rows">The stored rows after <paramref name="after"/> through <paramref name="through"/>, in order.</param>
    public static IEnumerable<ChainLink> Follow(IEnumerable<RecordedEventFields> rows, long after, long through,
        byte[] previous, SealKey key)
    {
        using var cursor = rows.GetEnumerator();
        var row = cursor.MoveNext() ? cursor.Current : null;
        var chain = previous;
        for (var sequence = after + 1; sequence <= through; sequence++)
        {
            var stored = row?.Sequence == sequence ? row : null;
            if (stored is not null) row = cursor.MoveNext() ? cursor.Current : null;

            var (kind, eventHash) = Classify(stored, key);
            chain = HashChain.Next(chain, sequence, kind, eventHash);
            yield return new ChainLink(sequence, kind, eventHash is null ? null : HashChain.Hex(eventHash), HashChain.Hex(chain));
        }
    }

    private static (LinkKind Kind, byte[]? EventHash) Classify(RecordedEventFields? row, SealKey key)
    {
        if (row is null || row.IsBurnedPlaceholder) return (LinkKind.Burned, null);
        var eventHash = HashChain.EventHash(row);
        return (HashChain.IsSealedBy(key.Secret, row, eventHash) ? LinkKind.Sealed : LinkKind.Unsealed, eventHash);
    }
}
