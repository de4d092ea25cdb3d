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

    /// <summary>A partner's own decision cited through a board that is not that partner's.</summary>
    public sealed record NotTheOrganisations(string Organisation) : ResolutionStanding;

    /// <summary>Passed after the act that cites it: nothing rests on a decision not yet taken.</summary>
    public sealed record PassedAfter(DateOnly Passed, DateOnly On) : ResolutionStanding;

    /// <summary>Passed before what it is cited as deciding was put to the body.</summary>
    public sealed record PassedBefore(DateOnly Passed, DateOnly Proposed) : ResolutionStanding;

    public sealed record StruckOut : ResolutionStanding;

    public sealed record NotPassed(ResolutionOutcome Outcome) : ResolutionStanding;

    public sealed record Rescinded(string RescindedBy) : ResolutionStanding;

    /// <summary>Why the cited resolution cannot decide anything; null when it stands.</summary>
    public string? WhyNot(ApprovingDecision cited) => this switch
    {
        Stands => null,
        OfAnotherFootprint other =>
            $"Body {cited.BodyId} is not a body of {other.CitingFootprintId}: a record of a footprint cites resolutions of its own bodies.",
        NotTheOrganisations owner =>
            $"Body {cited.BodyId} is not a board of {owner.Organisation}: a partner ratifies or declines through a resolution of its own board.",
        PassedAfter after =>
            $"Resolution {cited.Resolution} was passed on {after.Passed:yyyy-MM-dd}, after {after.On:yyyy-MM-dd}: nothing recorded on a date rests on a resolution passed later.",
        PassedBefore before =>
            $"Resolution {cited.Resolution} was passed on {before.Passed:yyyy-MM-dd}, before this was proposed on {before.Proposed:yyyy-MM-dd}: it cannot have decided it.",
        StruckOut => $"Resolution {cited.Resolution} was struck out of the record; it decides nothing.",
        NotPassed notPassed =>
            $"Resolution {cited.Resolution} was {notPassed.Outcome.ToString().ToLowerInvariant()}, not passed; it approves nothing.",
        Rescinded rescinded => $"Resolution {cited.Resolution} was rescinded by {rescinded.RescindedBy}; it approves nothing.",
        _ => $"Body {cited.BodyId} has no resolution {cited.Resolution} to cite.",
    };
}

public static class CitedResolution
{
    /// <summary>Whether a resolution found at its meeting (null once the meeting was struck out), of a body belonging
    /// to <paramref name="bodyOrganisation"/> (or to no one organisation), can stand behind the citing act.</summary>
    public static ResolutionStanding Judge(Citing citing, string? bodyOrganisation, Meeting? meeting, string number)
    {
        if (citing.Organisation is { } organisation && !string.Equals(bodyOrganisation, organisation, StringComparison.OrdinalIgnoreCase))
            return new ResolutionStanding.NotTheOrganisations(organisation);
        if (meeting?.Find(number) is not { } resolution) return new ResolutionStanding.StruckOut();
        if (meeting.Date > citing.On) return new ResolutionStanding.PassedAfter(meeting.Date, citing.On);
        if (citing.ProposedOn is { } proposed && meeting.Date < proposed) return new ResolutionStanding.PassedBefore(meeting.Date, proposed);
        if (resolution.Recorded.Outcome != ResolutionOutcome.Passed) return new ResolutionStanding.NotPassed(resolution.Recorded.Outcome);
        return resolution.Rescinded is { } rescinded && rescinded.Effective.Date <= citing.On
            ? new ResolutionStanding.Rescinded(rescinded.RescindedBy.Number)
            : new ResolutionStanding.Stands();
    }
}
