using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Domain.Audit;

/// <summary>
/// The ledger's hash chain over the whole event log in global sequence order. Each link is
/// SHA-256(previous link || sequence || event hash), starting from 32 zero bytes; an event's hash is SHA-256 over its
/// fields, each written as its UTF-8 length (8 bytes, big-endian) then its bytes, so no two events share an encoding.
/// The sequence is bound by the link, not the event hash, so an event moved to another sequence is recognised.
/// Anyone with the events and this file's rules can recompute it; nothing here needs the database.
/// </summary>
public static class HashChain
{
    private const string EventEncoding = "stp-governance-ledger/event/v1";

    public static readonly byte[] Genesis = new byte[32];

    public static byte[] EventHash(RecordedEventFields e)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var field in new[]
                 {
                     EventEncoding, e.StreamKey,
                     e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Type, e.RecordedAt,
                     e.RecordedBy ?? "", e.CorrelationId ?? "", e.CausationId ?? "", e.Data,
                 })
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            BinaryPrimitives.WriteInt64BigEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }

        return hash.GetHashAndReset();
    }

    public static byte[] Next(ReadOnlySpan<byte> previous, long sequence, ReadOnlySpan<byte> eventHash)
    {
        Span<byte> input = stackalloc byte[32 + 8 + 32];
        previous.CopyTo(input);
        BinaryPrimitives.WriteInt64BigEndian(input[32..], sequence);
        eventHash.CopyTo(input[40..]);
        return SHA256.HashData(input);
    }

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);
}
