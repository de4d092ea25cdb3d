using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Governance.Domain.Audit;

/// <summary>
/// The ledger's hash chain over every sequence number of the event log, in order (docs/audit.md gives the bytes):
/// <list type="bullet">
/// <item>event hash = SHA-256 over "stp-governance-ledger/event/v2" and the row's columns, each written as its UTF-8
/// length (8 bytes, big-endian) then its bytes, a NULL as the eight bytes FF..FF alone;</item>
/// <item>link(n) = SHA-256(link(n-1) || n as 8 bytes big-endian || kind ('E' sealed, 'U' unsealed, 'G' burned) ||
/// event hash, or 32 zero bytes for a burned sequence), link(0) = 32 zero bytes;</item>
/// <item>seal(n) = HMAC-SHA-256 under the ledger's seal key over n as 8 bytes big-endian || event hash.</item>
/// </list>
/// The sequence is bound by the link and the seal, not the event hash, so an event moved to another sequence is
/// recognised as moved. Nothing here needs the database.
/// </summary>
public static class HashChain
{
    private const string EventEncoding = "stp-governance-ledger/event/v2";

    public static readonly byte[] Genesis = new byte[32];

    private static readonly byte[] NoEvent = new byte[32];

    [ThreadStatic] private static byte[]? _buffer;

    public static byte[] EventHash(RecordedEventFields e)
    {
        var buffer = _buffer ??= new byte[4096];
        var length = 0;
        Append(ref buffer, ref length, EventEncoding);
        Append(ref buffer, ref length, e.EventId);
        Append(ref buffer, ref length, e.StreamKey);
        Append(ref buffer, ref length, e.Version.ToString(CultureInfo.InvariantCulture));
        Append(ref buffer, ref length, e.Type);
        Append(ref buffer, ref length, e.TenantId);
        Append(ref buffer, ref length, e.DotNetType);
        Append(ref buffer, ref length, e.RecordedAt);
        Append(ref buffer, ref length, e.RecordedBy);
        Append(ref buffer, ref length, e.CorrelationId);
        Append(ref buffer, ref length, e.CausationId);
        Append(ref buffer, ref length, e.Headers);
        Append(ref buffer, ref length, e.Archived is { } archived ? archived ? "true" : "false" : null);
        Append(ref buffer, ref length, e.Data);
        Append(ref buffer, ref length, e.BinaryData);
        _buffer = buffer;
        return SHA256.HashData(buffer.AsSpan(0, length));
    }

    public static byte[] Next(ReadOnlySpan<byte> previous, long sequence, LinkKind kind, ReadOnlySpan<byte> eventHash)
    {
        Span<byte> input = stackalloc byte[32 + 8 + 1 + 32];
        previous.CopyTo(input);
        BinaryPrimitives.WriteInt64BigEndian(input[32..], sequence);
        input[40] = KindByte(kind);
        (kind == LinkKind.Burned ? NoEvent : eventHash).CopyTo(input[41..]);
        return SHA256.HashData(input);
    }

    public static byte[] Seal(ReadOnlySpan<byte> sealKey, long sequence, ReadOnlySpan<byte> eventHash)
    {
        Span<byte> input = stackalloc byte[8 + 32];
        BinaryPrimitives.WriteInt64BigEndian(input, sequence);
        eventHash.CopyTo(input[8..]);
        return HMACSHA256.HashData(sealKey, input);
    }

    public static byte KindByte(LinkKind kind) => kind switch
    {
        LinkKind.Sealed => (byte)'E',
        LinkKind.Unsealed => (byte)'U',
        _ => (byte)'G',
    };

    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    public static byte[] FromHex(string hex) => Convert.FromHexString(hex);

    private static void Append(ref byte[] buffer, ref int length, string? field)
    {
        var needed = length + 8 + (field is null ? 0 : Encoding.UTF8.GetMaxByteCount(field.Length));
        if (needed > buffer.Length) Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        if (field is null)
        {
            BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(length), -1);
            length += 8;
            return;
        }

        var written = Encoding.UTF8.GetBytes(field, buffer.AsSpan(length + 8));
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(length), written);
        length += 8 + written;
    }
}
