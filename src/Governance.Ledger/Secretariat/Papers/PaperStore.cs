using System.Security.Cryptography;

namespace Governance.Ledger.Secretariat.Papers;

/// <summary>A paper's content, stored once under the SHA-256 of its bytes.</summary>
public sealed record StoredPaper(string Id, string ContentType, long Length, byte[] Content)
{
    public static StoredPaper Of(string contentType, byte[] content) =>
        new(Convert.ToHexStringLower(SHA256.HashData(content)), contentType, content.Length, content);

    /// <summary>Whether the bytes are still the ones the hash names: a paper changed outside the ledger is not served.</summary>
    public bool Intact() => Convert.ToHexStringLower(SHA256.HashData(Content)) == Id;
}

/// <summary>Where papers' content is kept: in PostgreSQL by default, or in a folder (Governance:Papers:Folder).</summary>
public interface IPaperStore
{
    Task<StoredPaper?> FindAsync(string sha256, CancellationToken cancellation);

    /// <summary>Stores the content; storing the same content again changes nothing.</summary>
    Task SaveAsync(StoredPaper paper, CancellationToken cancellation);
}

/// <summary>Papers as documents in the ledger's own database.</summary>
public sealed class DatabasePaperStore(IDocumentStore store) : IPaperStore
{
    public async Task<StoredPaper?> FindAsync(string sha256, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<StoredPaper>(sha256, cancellation);
    }

    public async Task SaveAsync(StoredPaper paper, CancellationToken cancellation)
    {
        await using var session = store.LightweightSession();
        session.Store(paper);
        await session.SaveChangesAsync(cancellation);
    }
}

/// <summary>Papers as files named by their hash, with their content type beside them.</summary>
public sealed class FolderPaperStore(string folder) : IPaperStore
{
    public async Task<StoredPaper?> FindAsync(string sha256, CancellationToken cancellation)
    {
        var path = Path.Combine(folder, sha256);
        if (!sha256.All(char.IsAsciiHexDigitLower) || !File.Exists(path)) return null;
        var content = await File.ReadAllBytesAsync(path, cancellation);
        return new StoredPaper(sha256, await File.ReadAllTextAsync(path + ".type", cancellation), content.Length, content);
    }

    public async Task SaveAsync(StoredPaper paper, CancellationToken cancellation)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, paper.Id);
        await File.WriteAllTextAsync(path + ".type", paper.ContentType, cancellation);
        await File.WriteAllBytesAsync(path, paper.Content, cancellation);
    }
}
