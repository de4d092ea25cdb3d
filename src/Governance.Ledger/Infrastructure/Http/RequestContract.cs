using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// Holds a JSON body up against the request type its endpoint reads, through the same serializer options the
/// endpoints use, and names every field it cannot take in the caller's words: a member the type does not have (with
/// the one probably meant), a value of the wrong kind, a date or moment not written as the ledger writes them, a choice
/// that is not one of its names, a negative whole number. What a person sent is either read whole or refused whole: a
/// field the ledger would drop is never dropped silently, and no .NET type name reaches the caller.
/// </summary>
public static class RequestContract
{
    public static void Check(JsonElement body, Type requestType, JsonSerializerOptions options, Dictionary<string, string[]> problems)
    {
        Walk(body, options.GetTypeInfo(requestType), "", options, problems);
        if (problems.Count > 0) return;
        try
        {
            body.Deserialize(requestType, options);
        }
        catch (JsonException unread)
        {
            // Anything the walk above did not foresee is still named by its place, never by the serializer's words.
            problems[Field(unread.Path)] = ["This value could not be read; see the OpenAPI description for what this field takes."];
        }
    }

    private static void Walk(JsonElement element, JsonTypeInfo info, string path, JsonSerializerOptions options,
        Dictionary<string, string[]> problems)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (info.Type.IsValueType && Nullable.GetUnderlyingType(info.Type) is null)
                problems[Name(path)] = [$"Give a value: null is not one. {Expected(info.Type)}"];
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                WalkObject(element, info, path, options, problems);
                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind != JsonValueKind.Array:
                problems[Name(path)] = ["Send a list here, in square brackets."];
                break;
            case JsonTypeInfoKind.Enumerable:
                var elementInfo = options.GetTypeInfo(info.ElementType!);
                var index = 0;
                foreach (var item in element.EnumerateArray()) Walk(item, elementInfo, $"{path}[{index++}]", options, problems);
                break;
            case JsonTypeInfoKind.None:
                if (Leaf(element, info.Type, options) is { } problem) problems[Name(path)] = [problem];
                break;
        }
    }

    private static void WalkObject(JsonElement element, JsonTypeInfo info, string path, JsonSerializerOptions options,
        Dictionary<string, string[]> problems)
    {
        // Only what the request can take: a computed member with nothing to set would swallow what is sent to it.
        var members = info.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).ToList();
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems[Name(path)] = [$"Send an object here, in braces, with the fields {Listed(members.Select(m => m.Name))}."];
            return;
        }

        var comparison = options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var property in element.EnumerateObject())
        {
            var field = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            if (members.FirstOrDefault(m => string.Equals(m.Name, property.Name, comparison)) is { } member)
                Walk(property.Value, options.GetTypeInfo(member.PropertyType), field, options, problems);
            else
                problems[field] = [Unknown(property.Name, members.Select(m => m.Name).ToList())];
        }
    }

    private static string Unknown(string sent, IReadOnlyList<string> members)
    {
        var meant = members
            .Select(m => (Name: m, Distance: Distance(sent.ToLowerInvariant(), m.ToLowerInvariant())))
            .Where(m => m.Distance <= Math.Max(2, sent.Length / 3))
            .OrderBy(m => m.Distance)
            .Select(m => m.Name)
            .FirstOrDefault();
        return $"This request has no field '{sent}'{(meant is null ? "" : $"; did you mean '{meant}'?")}. " +
               $"Its fields are {Listed(members)}. Nothing was recorded.";
    }

    /// <summary>What is wrong with a single value, or null when it reads as its type does.</summary>
    private static string? Leaf(JsonElement element, Type declared, JsonSerializerOptions options)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        object? value;
        try
        {
            value = element.Deserialize(declared, options);
        }
        catch (Exception unread) when (unread is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            return $"'{Shown(element)}' cannot be read here. {Expected(type)}";
        }

        return value switch
        {
            Enum choice when !Enum.IsDefined(type, choice) => $"'{Shown(element)}' is not one of the choices. {Expected(type)}",
            long and < 0 or int and < 0 or short and < 0 => $"'{Shown(element)}' is negative. {Expected(type)}",
            _ => null,
        };
    }

    /// <summary>What a field of the type takes, in the caller's words.</summary>
    public static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return $"Choose one of {Listed(Enum.GetNames(type))}.";
        if (type == typeof(DateOnly))
            return $"Write a date as YYYY-MM-DD (for example 2017-07-15), from {LedgerDateConverter.Earliest:yyyy-MM-dd} " +
                   $"to {LedgerDateConverter.Latest:yyyy-MM-dd}.";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
            return "Write a moment in ISO 8601 with its offset, for example 2017-07-15T10:30:00Z.";
        if (type == typeof(TimeOnly)) return "Write a time of day as HH:mm, for example 14:30.";
        if (type == typeof(long) || type == typeof(int) || type == typeof(short))
            return $"Write a whole number from 0 to {MaxOf(type).ToString("N0", CultureInfo.InvariantCulture)}: " +
                   "a version, count or number is never negative.";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "Write a number, such as 1250000 or 12.5.";
        if (type == typeof(bool)) return "Write true or false.";
        if (type == typeof(string)) return "Write text, in double quotes.";
        return "See the OpenAPI description for what this field takes.";
    }

    private static long MaxOf(Type type) => type == typeof(long) ? long.MaxValue : type == typeof(int) ? int.MaxValue : short.MaxValue;

    private static string Shown(JsonElement element)
    {
        var raw = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }

    private static string Listed(IEnumerable<string> names) => string.Join(", ", names);

    /// <summary>A field as the JSON names it, from the serializer's path (<c>$.seats[0].id</c>).</summary>
    private static string Field(string? jsonPath) => jsonPath is null or "$" ? "body" : jsonPath.TrimStart('$', '.');

    private static string Name(string path) => path.Length == 0 ? "body" : path;

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = above;
            }
        }

        return row[b.Length];
    }
}
