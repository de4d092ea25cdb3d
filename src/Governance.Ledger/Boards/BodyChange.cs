using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>What every change to a body states: when it took effect, the version read, and its source.</summary>
public interface IBodyChange
{
    DateOnly EffectiveOn { get; }

    long Version { get; }

    RecordedFrom Source { get; }
}

public static class BodyChange
{
    public static ProblemDetails Check(IBodyChange change, Action<RequestProblems>? more = null) =>
        RequestProblems.Check(problems =>
        {
            problems.CheckChange(nameof(change.EffectiveOn), change.EffectiveOn, change.Version, change.Source);
            more?.Invoke(problems);
        });

    /// <summary>A body is written by its footprint's secretaries and its own.</summary>
    public static IResult Admit(IEventStream<GoverningBody> body, IBodyChange change, HttpContext context) =>
        Writes.Admit(body, change.Version, context, BoardProblems.UnknownBody, b => new WriteScope(b.FootprintId, b.Id));

    public static void CheckSeats(this RequestProblems problems, IReadOnlyList<Seat>? seats, string field)
    {
        if (seats is null || seats.Count == 0)
        {
            problems.Add(field, "List the body's seats: each with an id, a title, and whether it votes.");
            return;
        }

        if (seats.Any(seat => string.IsNullOrWhiteSpace(seat.Id) || string.IsNullOrWhiteSpace(seat.Title)))
            problems.Add(field, "Every seat needs an id and a title.");
        var repeated = seats.GroupBy(seat => seat.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0) problems.Add(field, $"Seat ids are used once: {string.Join(", ", repeated)} repeats.");
    }

    public static void CheckTerms(this RequestProblems problems, TermsOfReference? terms, IReadOnlyList<Seat>? seats,
        string field)
    {
        if (terms is null)
        {
            problems.Add(field, "Give the terms of reference: the quorum and the voting rule.");
            return;
        }

        var voting = seats?.Count(seat => seat.Votes) ?? 0;
        if (terms.Quorum < 1) problems.Add($"{field}.quorum", "The quorum is at least one voting member.");
        else if (seats is not null && terms.Quorum > voting)
            problems.Add($"{field}.quorum", $"A quorum of {terms.Quorum} could never be met by {voting} voting seats.");
    }
}
