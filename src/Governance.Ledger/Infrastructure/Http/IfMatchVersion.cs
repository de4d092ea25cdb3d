using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// A write may name the version it was made from as an <c>If-Match</c> header (RFC 9110), the <c>ETag</c> its read
/// answered with, instead of the body's <c>version</c>, or as well as it when both say the same. The header becomes
/// the body's version before the endpoint reads it, so a stale one is the same 409 as a stale body.
/// </summary>
public static class IfMatchVersion
{
    public const string Field = "version";

    /// <summary>The body with the header's version in it, or null when nothing changes (no header, or the body says
    /// the same); a problem names the header when it cannot be taken.</summary>
    public static byte[]? Apply(HttpContext context, JsonElement body, Type requestType, JsonSerializerOptions options,
        Dictionary<string, string[]> problems)
    {
        if (context.Request.Headers.IfMatch is not [{ } header]) return null;
        if (!options.GetTypeInfo(requestType).Properties.Any(p => p.Name == Field))
        {
            problems["If-Match"] = ["This write is not made from a version of a record: send it without If-Match."];
            return null;
        }

        if (!TryParse(header, out var version))
        {
            problems["If-Match"] = [$"'{header}' is not a version this ledger gave: send the ETag of your read, for example If-Match: \"3\"."];
            return null;
        }

        if (body.TryGetProperty(Field, out var sent))
        {
            if (!sent.TryGetInt64(out var stated) || stated != version)
                problems[Field] = [$"If-Match names version {version} but the body's version is {sent.GetRawText()}: send one, or the same in both."];
            return null;
        }

        var rewritten = JsonNode.Parse(body.GetRawText())!.AsObject();
        rewritten[Field] = version;
        return JsonSerializer.SerializeToUtf8Bytes(rewritten);
    }

    /// <summary>The strong entity tag the reads give (<c>"3"</c>); a weak one (<c>W/"3"</c>) names the same version.</summary>
    public static string Tag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    private static bool TryParse(string header, out long version)
    {
        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        version = 0;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"' &&
               long.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }
}
