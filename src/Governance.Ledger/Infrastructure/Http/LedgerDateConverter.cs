using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>Dates as YYYY-MM-DD within the years a governance record can concern (1900 to 2199): a date far outside
/// them is a mistake, and date arithmetic near the ends of the calendar would overflow.</summary>
public sealed class LedgerDateConverter : JsonConverter<DateOnly>
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);
    public static readonly DateOnly Latest = new(2199, 12, 31);

    /// <remarks>A JsonException without a message makes the serializer name the field's path in its own.</remarks>
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String &&
        DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) &&
        date >= Earliest && date <= Latest
            ? date
            : throw new JsonException();

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
