using System.Text;

namespace Governance.Ledger.Secretariat.Papers;

/// <summary>Checks a paper's declared content type against what its bytes are, where the bytes say.</summary>
public static class PaperContent
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;

    private static readonly (string Name, byte[] Signature, string[] Types)[] Signatures =
    [
        ("a PDF", "%PDF-"u8.ToArray(), ["application/pdf"]),
        ("a Word, OpenDocument or other zipped document", [0x50, 0x4B, 0x03, 0x04],
        [
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "application/zip",
        ]),
        ("an older Word or Excel file", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], ["application/msword", "application/vnd.ms-excel"]),
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47], ["image/png"]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF], ["image/jpeg"]),
    ];

    private static readonly string[] TextTypes = ["text/plain", "text/csv", "text/html", "text/markdown"];

    /// <summary>Why the bytes are not what the declared type says, or null when they are (or cannot be told apart).</summary>
    public static string? WhyNot(string contentType, byte[] content)
    {
        var declared = contentType.Split(';')[0].Trim().ToLowerInvariant();
        var actual = Signatures.FirstOrDefault(s => content.AsSpan().StartsWith(s.Signature));
        if (actual.Name is not null && !actual.Types.Contains(declared))
            return $"The file is {actual.Name}, but was sent as {declared}. Send it with its own content type.";
        if (actual.Name is null && Signatures.FirstOrDefault(s => s.Types.Contains(declared)) is { Name: { } expected })
            return $"The file was sent as {declared}, but is not {expected}.";
        if (TextTypes.Contains(declared) && (content.Contains((byte)0) || !IsUtf8(content)))
            return $"The file was sent as {declared}, but is not UTF-8 text.";
        return null;
    }

    private static bool IsUtf8(byte[] content)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetCharCount(content);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
