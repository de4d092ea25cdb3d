using System.Security.Cryptography;

namespace Governance.Domain.Audit;

/// <summary>
/// Recomputes the hash chain from the events and checks it against the stored links and any signed checkpoints,
/// stopping at the first problem: which sequence, and what is wrong there. Trusts nothing it is given but the
/// public key: every hash is recomputed here.
/// </summary>
public static class ChainVerifier
{
    /// <param name="events">In sequence order.</param>
    /// <param name="links">In sequence order: every link of the chain.</param>
    /// <param name="completeLog">True when <paramref name="events"/> is the whole log (a missing or extra event is
    /// then tampering); false for an export of part of it (each event must then match its link).</param>
    public static VerificationReport Verify(IEnumerable<RecordedEventFields> events, IReadOnlyList<ChainLink> links,
        IReadOnlyList<Checkpoint> checkpoints, ECDsa publicKey, bool completeLog, Action<long>? progress = null)
    {
        var lastLink = links.Count == 0 ? 0 : links[^1].Sequence;
        if (checkpoints.FirstOrDefault(c => !c.IsSignedBy(publicKey)) is { } forged)
            return Report(0, 0, lastLink, new(forged.Sequence, TamperKind.BadSignature,
                $"The checkpoint at {forged.Sequence} is not signed by key {Checkpoint.KeyIdOf(publicKey)}."));

        var sequenceOfHash = links.GroupBy(l => l.EventHash).ToDictionary(g => g.Key, g => g.First().Sequence);
        var checkpointAt = checkpoints.GroupBy(c => c.Sequence).ToDictionary(g => g.Key, g => g.ToList());
        var linkAt = completeLog ? null : links.ToDictionary(l => l.Sequence);

        using var cursor = events.GetEnumerator();
        var current = cursor.MoveNext() ? cursor.Current : null;
        var chain = HashChain.Genesis;
        long checkedLinks = 0;
        foreach (var link in links)
        {
            if (completeLog)
            {
                if (current is not null && current.Sequence < link.Sequence)
                    return Report(checkedLinks, 0, lastLink, new(current.Sequence, TamperKind.Inserted,
                        $"Event {current.Sequence} ({current.Type} in {current.StreamKey}) stands inside the chained log but was never chained."));
                if (current is null || current.Sequence > link.Sequence)
                    return Report(checkedLinks, 0, lastLink, new(link.Sequence, TamperKind.Missing,
                        $"Event {link.Sequence} was chained but is no longer in the log."));
                if (Mismatch(current, link, sequenceOfHash) is { } tampered) return Report(checkedLinks, 0, lastLink, tampered);
                current = cursor.MoveNext() ? cursor.Current : null;
            }

            chain = HashChain.Next(chain, link.Sequence, HashChain.FromHex(link.EventHash));
            var chainHash = HashChain.Hex(chain);
            if (chainHash != link.ChainHash)
                return Report(checkedLinks, 0, lastLink, new(link.Sequence, TamperKind.ChainAltered,
                    $"The stored link at {link.Sequence} does not follow from the links before it: a link was removed, added or rewritten."));
            foreach (var checkpoint in checkpointAt.GetValueOrDefault(link.Sequence) ?? [])
            {
                if (checkpoint.ChainHash != chainHash)
                    return Report(checkedLinks, 0, lastLink, new(link.Sequence, TamperKind.CheckpointMismatch,
                        $"The log through {link.Sequence} no longer hashes to the checkpoint signed at {checkpoint.SignedAt:O}."));
            }

            checkedLinks++;
            progress?.Invoke(link.Sequence);
        }

        if (checkpoints.Where(c => c.Sequence > lastLink).MaxBy(c => c.Sequence) is { } beyond)
            return Report(checkedLinks, 0, lastLink, new(lastLink + 1, TamperKind.CheckpointMismatch,
                $"A checkpoint covers the log through {beyond.Sequence}, but the chained log ends at {lastLink}: events were removed."));

        if (!completeLog)
        {
            for (; current is not null; current = cursor.MoveNext() ? cursor.Current : null)
            {
                if (!linkAt!.TryGetValue(current.Sequence, out var link))
                    return Report(checkedLinks, 0, lastLink, new(current.Sequence, TamperKind.Inserted,
                        $"Event {current.Sequence} has no link in the chain."));
                if (Mismatch(current, link, sequenceOfHash) is { } tampered) return Report(checkedLinks, 0, lastLink, tampered);
            }

            return Report(checkedLinks, 0, lastLink, null);
        }

        long unchained = 0;
        for (; current is not null; current = cursor.MoveNext() ? cursor.Current : null) unchained++;
        return Report(checkedLinks, unchained, lastLink, null);
    }

    private static TamperFinding? Mismatch(RecordedEventFields e, ChainLink link, Dictionary<string, long> sequenceOfHash)
    {
        var hash = HashChain.Hex(HashChain.EventHash(e));
        if (hash == link.EventHash) return null;
        return sequenceOfHash.TryGetValue(hash, out var original) && original != link.Sequence
            ? new(link.Sequence, TamperKind.Reordered,
                $"The event now at {link.Sequence} ({e.Type} in {e.StreamKey}) was chained at {original}.")
            : new(link.Sequence, TamperKind.Changed,
                $"Event {link.Sequence} ({e.Type} in {e.StreamKey}) no longer matches what was chained: it was edited.");
    }

    private static VerificationReport Report(long chained, long unchained, long last, TamperFinding? problem) =>
        new(chained, unchained, last, problem);
}
