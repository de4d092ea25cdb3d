using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>What the ledger knows of a resolution another record cites: whether it can stand behind that record.</summary>
public abstract record ResolutionStanding
{
    /// <summary>Passed, and not rescinded.</summary>
    public sealed record Stands : ResolutionStanding;

    /// <summary>No such body or resolution, or one of a private meeting the caller may not see.</summary>
    public sealed record Unknown : ResolutionStanding;

    public sealed record OfAnotherFootprint(string CitingFootprintId) : ResolutionStanding;

    public sealed record NotPassed(ResolutionOutcome Outcome) : ResolutionStanding;

    public sealed record Rescinded(string RescindedBy) : ResolutionStanding;

    /// <summary>Why the cited resolution cannot decide anything; null when it stands.</summary>
    public string? WhyNot(ApprovingDecision cited) => this switch
    {
        Stands => null,
        OfAnotherFootprint other =>
            $"Body {cited.BodyId} is not a body of {other.CitingFootprintId}: a record of a footprint cites resolutions of its own bodies.",
        NotPassed notPassed =>
            $"Resolution {cited.Resolution} was {notPassed.Outcome.ToString().ToLowerInvariant()}, not passed; it approves nothing.",
        Rescinded rescinded => $"Resolution {cited.Resolution} was rescinded by {rescinded.RescindedBy}; it approves nothing.",
        _ => $"Body {cited.BodyId} has no resolution {cited.Resolution} to cite.",
    };
}
