namespace Governance.Ledger.Feeds;

/// <summary>The last archive built, by the checkpoint it was cut at: it cannot change until another checkpoint is
/// signed, so a request in between is answered without reading the record again.</summary>
public sealed class OpenDataCache
{
    private sealed record Cut(long Sequence, byte[] Zip);

    private Cut? _last;

    public async Task<byte[]?> GetAsync(long? sequence, Func<Task<byte[]?>> build)
    {
        if (sequence is null) return null;
        if (_last is { } last && last.Sequence == sequence) return last.Zip;
        var zip = await build();
        if (zip is not null) _last = new Cut(sequence.Value, zip);
        return zip;
    }
}
