using System.Globalization;
using System.Text.RegularExpressions;

namespace Governance.Domain.Common;

/// <summary>
/// A fact that may be recorded before the date it is dated: it is planned, scheduled or set in advance to take effect
/// from a date (a meeting, its agenda, terms of reference or a seat from a date, an appointment or a partner's joining
/// from a date). Every other fact is something that happened: it cannot be dated after today.
/// </summary>
public interface IMayLieAhead;

/// <summary>The rule of the ledger's first clock: only what has happened is recorded, and only a planned fact
/// (<see cref="IMayLieAhead"/>) may be dated after today.</summary>
public static partial class FutureFacts
{
    public static bool MayLieAhead(ILedgerEvent fact) => fact is IMayLieAhead;

    /// <summary>Why these facts cannot be recorded today, or null when each has happened or may lie ahead.</summary>
    public static string? Refusal(IEnumerable<ILedgerEvent> facts, DateOnly today) =>
        facts.FirstOrDefault(fact => !MayLieAhead(fact) && fact.Effective.IsDated() && fact.Effective.Date > today) is { } early
            ? $"{Describe(early)} cannot be dated {early.Effective}: that is after today ({today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} " +
              "on the ledger's clock), and the ledger records only what has happened. A meeting, its agenda and what takes " +
              "effect from a set date may be recorded ahead; attendance, votes, resolutions, declarations, ratifications, " +
              "approvals, money drawn down, reports and engagement are recorded once they have happened."
            : null;

    /// <summary>A fact's kind in words: <c>FundingDrawnDown</c> is "Funding drawn down".</summary>
    public static string Describe(ILedgerEvent fact)
    {
        var words = Words().Replace(fact.GetType().Name, " $1").Trim().ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex Words();
}
