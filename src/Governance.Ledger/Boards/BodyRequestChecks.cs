using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

public static class BodyRequestChecks
{
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
