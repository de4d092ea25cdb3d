using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Governance.Domain.Audit;

/// <summary>What a verification is given: the rows (in sequence order), every link, the checkpoints to hold the log
/// to, the public key they must be signed with, and (only where the ledger itself verifies) the seal key.</summary>
/// <param name="CompleteLog">True when <see cref="Events"/> is every row of the log (a missing or extra row is then
/// tampering); false for an export of part of it (each row must then match its link).</param>
public sealed record VerificationInput(
    IEnumerable<RecordedEventFields> Events,
    IReadOnlyList<ChainLink> Links,
    IReadOnlyList<Checkpoint> Checkpoints,
    ECDsa PublicKey,
    bool CompleteLog,
    byte[]? SealKey = null);

/// <summary>
/// Recomputes the hash chain from the rows and checks it against the stored links, the seals (when the seal key is
/// given) and every signed checkpoint, stopping at the first problem: which sequence, and what is wrong there. Trusts
/// nothing it is given but the keys: every hash is recomputed here.
/// </summary>
public static class ChainVerifier
{
    /// <summary>How long before a checkpoint an event that follows it may have been stamped: a transaction takes its
    /// sequence number and its time together, and may commit after a checkpoint of the events before it.</summary>
    public static readonly TimeSpan RecordedTimeTolerance = TimeSpan.FromMinutes(10);

    public static VerificationReport Verify(VerificationInput input, Action<long>? progress = null) =>
        new Run(input, progress).Verify();

    private sealed class Run(VerificationInput input, Action<long>? progress)
    {
        private readonly IReadOnlyList<ChainLink> _links = input.Links;
        private readonly List<Checkpoint> _checkpoints = input.Checkpoints.OrderBy(c => c.Sequence).ToList();
        private readonly long _lastLink = input.Links.Count == 0 ? 0 : input.Links[^1].Sequence;
        private Dictionary<string, long>? _sequenceOfHash;
        private long _checked;

        public VerificationReport Verify()
        {
            if (_checkpoints.FirstOrDefault(c => !c.IsSignedBy(input.PublicKey)) is { } forged)
                return Problem(forged.Sequence, TamperKind.BadSignature,
                    $"The checkpoint at {forged.Sequence} is not signed by key {Checkpoint.KeyIdOf(input.PublicKey)}.");

            var bounds = new RecordedTimeBounds(_checkpoints);
            using var rows = ReadAhead(input.Events, input.SealKey).GetEnumerator();
            var (row, rowHash, rowSealed) = rows.MoveNext() ? rows.Current : default;
            var chain = HashChain.Genesis;
            var linkAt = input.CompleteLog ? null : _links.ToDictionary(l => l.Sequence);
            var checkpointIndex = 0;
            long expected = 1;
            Span<byte> eventHash = stackalloc byte[32];
            foreach (var link in _links)
            {
                if (link.Sequence < expected)
                    return Problem(link.Sequence, TamperKind.ChainAltered,
                        $"The chain holds a second link for sequence {link.Sequence}, or its links are out of order.");
                if (input.CompleteLog)
                {
                    // Rows before this link's sequence stand where no link accounts for them.
                    if (row is not null && row.Sequence < link.Sequence && !row.IsBurnedPlaceholder)
                        return Problem(row.Sequence, TamperKind.Inserted,
                            $"Event {row.Sequence} ({Describe(row)}) stands in the chained log, but no link accounts for its sequence.");
                    while (row is not null && row.Sequence < link.Sequence) (row, rowHash, rowSealed) = rows.MoveNext() ? rows.Current : default;
                }

                if (link.Sequence > expected)
                    return Problem(expected, TamperKind.BurnedSequenceMissing,
                        $"Sequence {expected} is accounted for by no link, neither as an event nor as a burned sequence: a link was removed.");

                var (stored, storedHash, storedSealed) = row is not null && row.Sequence == link.Sequence ? (row, rowHash, rowSealed) : default;
                if (input.CompleteLog && stored is not null) (row, rowHash, rowSealed) = rows.MoveNext() ? rows.Current : default;
                if (input.CompleteLog && CheckRow(link, stored, storedHash, storedSealed, bounds) is { } problem) return Report(problem);

                eventHash.Clear();
                if (link.EventHash is not null && !TryDecode(link.EventHash, eventHash))
                    return Problem(link.Sequence, TamperKind.ChainAltered, $"The stored link at {link.Sequence} holds no event hash.");
                chain = HashChain.Next(chain, link.Sequence, link.Kind, eventHash);
                if (!Matches(chain, link.ChainHash))
                    return Problem(link.Sequence, TamperKind.ChainAltered,
                        $"The stored link at {link.Sequence} does not follow from the links before it: a link was removed, added or rewritten.");
                for (; checkpointIndex < _checkpoints.Count && _checkpoints[checkpointIndex].Sequence <= link.Sequence; checkpointIndex++)
                {
                    var checkpoint = _checkpoints[checkpointIndex];
                    if (checkpoint.Sequence == link.Sequence && !Matches(chain, checkpoint.ChainHash))
                        return Problem(link.Sequence, TamperKind.CheckpointMismatch,
                            $"The log through {link.Sequence} no longer hashes to the checkpoint signed at {Checkpoint.TimeText(checkpoint.SignedAt)}.");
                }

                expected = link.Sequence + 1;
                _checked++;
                progress?.Invoke(link.Sequence);
            }

            if (_checkpoints.Count > 0 && _checkpoints[^1].Sequence > _lastLink)
                return Problem(_lastLink + 1, TamperKind.CheckpointMismatch,
                    $"A checkpoint covers the log through {_checkpoints[^1].Sequence}, but the chained log ends at {_lastLink}: events were removed.");

            long unchained = 0;
            for (; row is not null; (row, rowHash, rowSealed) = rows.MoveNext() ? rows.Current : default)
            {
                if (input.CompleteLog)
                {
                    if (!row.IsBurnedPlaceholder) unchained++;
                    continue;
                }

                if (!linkAt!.TryGetValue(row.Sequence, out var link))
                    return Problem(row.Sequence, TamperKind.Inserted, $"Event {row.Sequence} ({Describe(row)}) has no link in the chain.");
                if (CheckRow(link, row, rowHash, rowSealed, bounds) is { } problem) return Report(problem);
            }

            return new VerificationReport(_checked, unchained, _lastLink, null);
        }

        private TamperFinding? CheckRow(ChainLink link, RecordedEventFields? row, byte[]? hash, bool sealedRow,
            RecordedTimeBounds bounds)
        {
            var burned = row is null || row.IsBurnedPlaceholder;
            if (link.Kind == LinkKind.Burned)
                return burned
                    ? null
                    : new(link.Sequence, TamperKind.Inserted,
                        $"Event {link.Sequence} ({Describe(row!)}) stands at a sequence the ledger chained as burned: no event was recorded there.");
            if (burned)
                return new(link.Sequence, TamperKind.Missing, $"Event {link.Sequence} was chained but is no longer in the log.");

            if (row!.Archived == true)
                return new(link.Sequence, TamperKind.Archived,
                    $"Event {link.Sequence} ({Describe(row)}) is flagged as archived, which hides it from every read; the ledger never archives.");
            hash ??= HashChain.EventHash(row);
            if (!Matches(hash, link.EventHash)) return Mismatch(row, link, hash);
            if (link.Kind == LinkKind.Unsealed)
                return new(link.Sequence, TamperKind.NotWrittenByLedger,
                    $"Event {link.Sequence} ({Describe(row)}) was not written by the ledger: it carried no seal of the ledger's key when it was chained.");
            if (input.SealKey is not null && !sealedRow)
                return row.Seal is null
                    ? new(link.Sequence, TamperKind.NotWrittenByLedger,
                        $"Event {link.Sequence} ({Describe(row)}) was not written by the ledger: it carries no seal of the ledger's key.")
                    : new(link.Sequence, TamperKind.Changed,
                        $"Event {link.Sequence} ({Describe(row)}) no longer matches the seal the ledger made when it recorded it: it was edited or copied, and the chain rewritten to hide it.");
            return bounds.Check(row);
        }

        private TamperFinding Mismatch(RecordedEventFields row, ChainLink link, byte[] hash)
        {
            _sequenceOfHash ??= _links.Where(l => l.EventHash is not null).GroupBy(l => l.EventHash!)
                .ToDictionary(g => g.Key, g => g.First().Sequence);
            return _sequenceOfHash.TryGetValue(HashChain.Hex(hash), out var original) && original != link.Sequence
                ? new(link.Sequence, TamperKind.Reordered,
                    $"The event now at {link.Sequence} ({Describe(row)}) was chained at {original}.")
                : new(link.Sequence, TamperKind.Changed,
                    $"Event {link.Sequence} ({Describe(row)}) no longer matches what was chained: it was edited.");
        }

        private static bool Matches(ReadOnlySpan<byte> hash, string? hex)
        {
            Span<byte> decoded = stackalloc byte[32];
            return hex is not null && TryDecode(hex, decoded) && hash.SequenceEqual(decoded);
        }

        private static bool TryDecode(string hex, Span<byte> into) =>
            hex.Length == 64 && Convert.FromHexString(hex, into, out _, out var written) == System.Buffers.OperationStatus.Done &&
            written == 32;

        private VerificationReport Problem(long sequence, TamperKind kind, string detail) => Report(new(sequence, kind, detail));

        private VerificationReport Report(TamperFinding problem) => new(_checked, 0, _lastLink, problem);

        private static string Describe(RecordedEventFields row) => $"{row.Type} in {row.StreamKey}";
    }

    /// <summary>A row, its event hash, and whether its seal matches (when the seal key is known).</summary>
    private readonly record struct HashedRow(RecordedEventFields? Row, byte[]? Hash, bool Sealed);

    /// <summary>Reads the rows, hashes them and checks their seals on another thread, a little ahead of the checks,
    /// which take them in order in chunks: reading and checking then share the work between two cores.</summary>
    private static IEnumerable<HashedRow> ReadAhead(IEnumerable<RecordedEventFields> rows, byte[]? sealKey)
    {
        const int chunk = 512;
        using var stop = new CancellationTokenSource();
        using var buffer = new BlockingCollection<List<HashedRow>>(boundedCapacity: 16);
        var reader = Task.Run(() =>
        {
            try
            {
                using var seals = sealKey is null ? null : new SealCheck(sealKey);
                var next = new List<HashedRow>(chunk);
                foreach (var row in rows)
                {
                    var hash = row.IsBurnedPlaceholder ? null : HashChain.EventHash(row);
                    next.Add(new HashedRow(row, hash, hash is not null && seals?.Matches(row, hash) == true));
                    if (next.Count < chunk) continue;
                    buffer.Add(next, stop.Token);
                    next = new List<HashedRow>(chunk);
                }

                if (next.Count > 0) buffer.Add(next, stop.Token);
            }
            finally
            {
                buffer.CompleteAdding();
            }
        });
        try
        {
            foreach (var items in buffer.GetConsumingEnumerable())
            foreach (var item in items)
                yield return item;
            reader.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            try
            {
                reader.Wait();
            }
            catch (AggregateException stopped) when (stopped.InnerExceptions.All(e => e is OperationCanceledException))
            {
            }
        }
    }

    /// <summary>Checks seals with one HMAC instance, keyed once.</summary>
    private sealed class SealCheck(byte[] key) : IDisposable
    {
        private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);

        public bool Matches(RecordedEventFields row, byte[] eventHash)
        {
            Span<byte> expected = stackalloc byte[32];
            Span<byte> input = stackalloc byte[40];
            if (row.Seal is not { Length: 64 } seal ||
                Convert.FromHexString(seal, expected, out _, out var written) != System.Buffers.OperationStatus.Done || written != 32)
                return false;
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(input, row.Sequence);
            eventHash.CopyTo(input[8..]);
            _hmac.AppendData(input);
            Span<byte> actual = stackalloc byte[32];
            _hmac.GetHashAndReset(actual);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }

        public void Dispose() => _hmac.Dispose();
    }

    /// <summary>Every checkpoint signed at T through sequence s says that the events through s existed at T, and an
    /// event after s was stamped no earlier than T less the tolerance.</summary>
    private sealed class RecordedTimeBounds(List<Checkpoint> checkpoints)
    {
        private readonly DateTimeOffset[] _latestCovering = SuffixMinimum(checkpoints);
        private int _next;
        private DateTimeOffset? _earliest;

        public TamperFinding? Check(RecordedEventFields row)
        {
            while (_next < checkpoints.Count && checkpoints[_next].Sequence < row.Sequence)
            {
                var signed = checkpoints[_next++].SignedAt;
                if (_earliest is null || signed > _earliest) _earliest = signed;
            }

            if (!TryParseRecordedAt(row.RecordedAt, out var recorded))
                return new(row.Sequence, TamperKind.ImpossibleRecordedTime,
                    $"Event {row.Sequence} has no possible recorded time ({row.RecordedAt ?? "none"}).");
            if (_next < checkpoints.Count && recorded > _latestCovering[_next])
                return new(row.Sequence, TamperKind.ImpossibleRecordedTime,
                    $"Event {row.Sequence} says it was recorded at {row.RecordedAt}, after a checkpoint signed at {Checkpoint.TimeText(_latestCovering[_next])} that covers it.");
            if (_earliest is { } earliest && recorded < earliest - RecordedTimeTolerance)
                return new(row.Sequence, TamperKind.ImpossibleRecordedTime,
                    $"Event {row.Sequence} says it was recorded at {row.RecordedAt}, before the checkpoint signed at {Checkpoint.TimeText(earliest)} that it follows: it was backdated.");
            return null;
        }

        /// <summary>"2026-11-24T09:30:00.123456Z" exactly (the format of docs/audit.md), without a general parser.</summary>
        private static bool TryParseRecordedAt(string? text, out DateTimeOffset recorded)
        {
            recorded = default;
            if (text is not { Length: 27 } || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
                text[16] != ':' || text[19] != '.' || text[26] != 'Z')
                return false;
            if (!Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day) ||
                !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) ||
                !Digits(text, 17, 2, out var second) || !Digits(text, 20, 6, out var micros) ||
                year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 ||
                minute > 59 || second > 59)
                return false;
            recorded = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(micros * 10L);
            return true;
        }

        private static bool Digits(string text, int start, int count, out int value)
        {
            value = 0;
            for (var i = start; i < start + count; i++)
            {
                if (text[i] is < '0' or > '9') return false;
                value = value * 10 + (text[i] - '0');
            }

            return true;
        }

        private static DateTimeOffset[] SuffixMinimum(List<Checkpoint> sorted)
        {
            var minimum = new DateTimeOffset[sorted.Count];
            for (var i = sorted.Count - 1; i >= 0; i--)
                minimum[i] = i == sorted.Count - 1 || sorted[i].SignedAt < minimum[i + 1] ? sorted[i].SignedAt : minimum[i + 1];
            return minimum;
        }
    }
}
