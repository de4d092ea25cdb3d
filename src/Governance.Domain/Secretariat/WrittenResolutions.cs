using System.Collections.Immutable;
using Governance.Domain.Boards;
using Governance.Domain.Common;

namespace Governance.Domain.Secretariat;

/// <summary>An event in a body's written resolutions (stream "written-resolutions:{body}").</summary>
public interface IWrittenResolutionEvent : ILedgerEvent;

public enum WrittenVote
{
    For,
    Against,
    Abstain,
}

/// <summary>A resolution circulated in writing to the body's voting members, to be answered by a closing date.</summary>
public sealed record WrittenResolutionCirculated(string ResolutionId, string BodyId, string Text, IReadOnlyList<string> Members,
    DateOnly ClosesOn, EffectiveDate Effective, Provenance Provenance) : IWrittenResolutionEvent;

public sealed record WrittenResolutionAnswered(string ResolutionId, string SeatId, WrittenVote Vote, EffectiveDate Effective,
    Provenance Provenance) : IWrittenResolutionEvent;

/// <summary>The count at the close, under the body's voting rule, in words.</summary>
public sealed record WrittenResolutionConcluded(string ResolutionId, bool Carried, string Explanation, EffectiveDate Effective,
    Provenance Provenance) : IWrittenResolutionEvent;

public sealed record WrittenResolution(string Id, string Text, IReadOnlyList<string> Members, DateOnly CirculatedOn,
    DateOnly ClosesOn, ImmutableDictionary<string, WrittenVote> Answers, WrittenResolutionConcluded? Conclusion,
    DateOnly? LastAnsweredOn = null)
{
    public Votes Votes => new(Voted(WrittenVote.For), Voted(WrittenVote.Against), Voted(WrittenVote.Abstain));

    private IReadOnlyList<string> Voted(WrittenVote vote) => Answers.Where(a => a.Value == vote).Select(a => a.Key).Order().ToList();
}

/// <summary>A body's written resolutions: circulated, answered by members, and counted at the close.</summary>
public sealed record WrittenResolutions(string Id, string BodyId, ImmutableList<WrittenResolution> Resolutions)
    : IFoldedFrom<WrittenResolutions, WrittenResolutionCirculated, IWrittenResolutionEvent>
{
    public static string StreamKey(string bodyId) => $"written-resolutions:{bodyId}";

    public static WrittenResolutions Begin(string id, WrittenResolutionCirculated first) =>
        new WrittenResolutions(id, first.BodyId, []).After(first);

    public WrittenResolutions After(IWrittenResolutionEvent change) => change switch
    {
        WrittenResolutionCirculated e => this with
        {
            Resolutions = Resolutions.Add(new WrittenResolution(e.ResolutionId, e.Text, e.Members, e.Effective.Date, e.ClosesOn,
                ImmutableDictionary<string, WrittenVote>.Empty, null)),
        },
        WrittenResolutionAnswered e => Change(e.ResolutionId, r => r with
        {
            Answers = r.Answers.SetItem(e.SeatId, e.Vote),
            LastAnsweredOn = r.LastAnsweredOn > e.Effective.Date ? r.LastAnsweredOn : e.Effective.Date,
        }),
        WrittenResolutionConcluded e => Change(e.ResolutionId, r => r with { Conclusion = e }),
        _ => this,
    };

    public WrittenResolution? Find(string resolutionId) => Resolutions.FirstOrDefault(r => r.Id == resolutionId);

    /// <summary>Circulated to every voting member of the body on the day.</summary>
    public static Decision<WrittenResolutionCirculated> Circulate(WrittenResolutions? circulated, GoverningBody body,
        string resolutionId, string text, DateOnly closesOn, DateOnly on, Provenance provenance)
    {
        var why = body.WhyNotSittingOn(on)
                  ?? (circulated?.Find(resolutionId) is not null ? $"A written resolution {resolutionId} is already circulated." : null)
                  ?? (closesOn <= on ? $"A written resolution circulated on {on:yyyy-MM-dd} closes after it, not on {closesOn:yyyy-MM-dd}." : null);
        return why is not null
            ? Decision<WrittenResolutionCirculated>.Reject(why)
            : Decision<WrittenResolutionCirculated>.Accept(new WrittenResolutionCirculated(resolutionId, body.Id, text.Trim(),
                body.SeatsOn(on).Where(s => s.Votes).Select(s => s.Id).ToList(), closesOn, EffectiveDate.OnDay(on), provenance));
    }

    public Decision<WrittenResolutionAnswered> Answer(string resolutionId, string seatId, WrittenVote vote, DateOnly on,
        Provenance provenance)
    {
        var why = WhyNotOpen(resolutionId, on) ?? (Find(resolutionId)! switch
        {
            var r when !r.Members.Contains(seatId) => $"{seatId} was not a voting member the resolution was circulated to.",
            var r when r.Answers.ContainsKey(seatId) => $"{seatId} has already answered; an answer stands once given.",
            var r when on > r.ClosesOn => $"The resolution closed on {r.ClosesOn:yyyy-MM-dd}; an answer on {on:yyyy-MM-dd} is too late.",
            _ => null,
        });
        return why is not null
            ? Decision<WrittenResolutionAnswered>.Reject(why)
            : Decision<WrittenResolutionAnswered>.Accept(new WrittenResolutionAnswered(resolutionId, seatId, vote, EffectiveDate.OnDay(on), provenance));
    }

    /// <summary>Counted after its closing day, or once every member has answered: enough members must have answered to
    /// make the body's quorum, and the answers carry it under the body's voting rule.</summary>
    public Decision<WrittenResolutionConcluded> Conclude(string resolutionId, TermsOfReference terms, DateOnly on, Provenance provenance)
    {
        if (WhyNotOpen(resolutionId, on) is { } why) return Decision<WrittenResolutionConcluded>.Reject(why);
        var resolution = Find(resolutionId)!;
        if (on < resolution.LastAnsweredOn)
            return Decision<WrittenResolutionConcluded>.Reject(
                $"The last answer came on {resolution.LastAnsweredOn:yyyy-MM-dd}; it is counted on or after that day.");
        var waiting = resolution.Members.Count - resolution.Answers.Count;
        // Members may answer on the closing day itself, so it is counted after it, unless all have answered.
        if (on <= resolution.ClosesOn && waiting > 0)
            return Decision<WrittenResolutionConcluded>.Reject(
                $"The resolution closes on {resolution.ClosesOn:yyyy-MM-dd} and {waiting} {(waiting == 1 ? "member has" : "members have")} not answered.");

        var (carried, explanation) = resolution.Answers.Count < terms.Quorum
            ? (false, $"Only {resolution.Answers.Count} of the {resolution.Members.Count} members answered; the quorum is {terms.Quorum}.")
            : VoteCounting.Count(terms.Voting, resolution.Votes, resolution.Members.Count);
        return Decision<WrittenResolutionConcluded>.Accept(new WrittenResolutionConcluded(resolutionId, carried, explanation,
            EffectiveDate.OnDay(on), provenance));
    }

    private string? WhyNotOpen(string resolutionId, DateOnly on) => Find(resolutionId) switch
    {
        null => $"No written resolution {resolutionId} was circulated.",
        { Conclusion: { } done } => $"Written resolution {resolutionId} was counted on {done.Effective.Date:yyyy-MM-dd}.",
        { CirculatedOn: var circulated } when on < circulated => $"Written resolution {resolutionId} was circulated on {circulated:yyyy-MM-dd}.",
        _ => null,
    };

    private WrittenResolutions Change(string resolutionId, Func<WrittenResolution, WrittenResolution> change) => this with
    {
        Resolutions = Resolutions.Select(r => r.Id == resolutionId ? change(r) : r).ToImmutableList(),
    };
}
