using System.Globalization;

namespace Governance.Ledger.Infrastructure.Http;

/// <summary>
/// The two clocks of a history read: <c>asOf</c>, the date the facts took effect by (default today in England), and
/// <c>knownAt</c>, the moment the ledger had recorded them by (default now).
/// </summary>
/// <param name="ThroughSequence">For a read cut at a signed checkpoint: no event after this sequence.</param>
public sealed record AsAtQuery(DateOnly AsOf, DateTimeOffset? KnownAt, long? ThroughSequence = null)
{
    private const string DateFormat = "yyyy-MM-dd";

    public static ProblemDetails Check(string? asOf, string? knownAt)
    {
        var problems = new Dictionary<string, string[]>();
        if (asOf is not null && !TryParseDate(asOf, out _))
            problems["asOf"] = [$"'{asOf}' is not a date between 1900 and 2199. Write it as YYYY-MM-DD, for example 2016-12-31."];
        if (knownAt is not null && !TryParseMoment(knownAt, out _))
            problems["knownAt"] = [$"'{knownAt}' is not a moment in time. Write it in ISO 8601, for example 2026-11-24T09:30:00Z."];

        return problems.Count == 0
            ? WolverineContinue.NoProblems
            : new ValidationProblemDetails(problems)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The dates in this request could not be read",
            };
    }

    /// <summary>Reads values that <see cref="Check"/> has accepted.</summary>
    public static AsAtQuery Parse(string? asOf, string? knownAt, TimeProvider clock) => new(
        asOf is not null && TryParseDate(asOf, out var date) ? date : clock.Today(),
        knownAt is not null && TryParseMoment(knownAt, out var moment) ? moment : null);

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date) &&
        date >= LedgerDateConverter.Earliest && date <= LedgerDateConverter.Latest;

    /// <summary>Any ISO 8601 moment within the years the ledger records, taken as UTC (the store's clock).</summary>
    private static bool TryParseMoment(string value, out DateTimeOffset moment)
    {
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out moment)) return false;
        moment = moment.ToUniversalTime();
        return DateOnly.FromDateTime(moment.UtcDateTime) is var day && day >= LedgerDateConverter.Earliest &&
               day <= LedgerDateConverter.Latest;
    }
}
