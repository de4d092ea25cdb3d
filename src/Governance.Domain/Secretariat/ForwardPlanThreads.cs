using System.Runtime.CompilerServices;
using Governance.Domain.Boards;

namespace Governance.Domain.Secretariat;

/// <summary>Where a forward plan item went: the agendas that took it up and the resolutions that decided it.</summary>
public sealed record ForwardPlanThread(ForwardPlanItem Item, IReadOnlyList<AgendaPlace> OnAgenda, IReadOnlyList<DecisionPlace> DecidedBy);

public sealed record AgendaPlace(string MeetingId, DateOnly Date, string ItemNumber, string Title);

public sealed record DecisionPlace(string MeetingId, DateOnly Date, string Resolution, ResolutionOutcome Outcome, string Item);

/// <summary>A body's forward plan followed to its agendas and decisions, and the decisions taken without appearing in it.</summary>
public sealed record ForwardPlanThreads(IReadOnlyList<ForwardPlanThread> Threads, IReadOnlyList<DecisionPlace> LateAdditions)
{
    /// <summary>What each meeting decided, worked out once per meeting: a meeting is immutable, and the same meeting is
    /// threaded by every read of a date after it.</summary>
    private static readonly ConditionalWeakTable<Meeting, Decided> DecidedAt = new();

    /// <param name="Places">The resolutions passed or rejected, in the order recorded.</param>
    /// <param name="Planned">For each, the forward plan item its agenda item took up, if any.</param>
    private sealed record Decided(DecisionPlace[] Places, string?[] Planned, bool NoneWasPlanned);

    public static ForwardPlanThreads Of(ForwardPlan? plan, IReadOnlyList<Meeting> meetings)
    {
        var late = new List<DecisionPlace>();
        var decidedBy = new Dictionary<string, List<DecisionPlace>>();
        foreach (var meeting in meetings.OrderBy(m => m.Date))
        {
            var decided = DecidedAt.GetValue(meeting, Decide);
            if (decided.NoneWasPlanned)
            {
                late.AddRange(decided.Places);
                continue;
            }

            for (var i = 0; i < decided.Places.Length; i++)
            {
                if (decided.Planned[i] is { } planned)
                    (decidedBy.TryGetValue(planned, out var places) ? places : decidedBy[planned] = []).Add(decided.Places[i]);
                if (decided.Planned[i] is not { } item || plan?.Stood(item, meeting.Date) != true) late.Add(decided.Places[i]);
            }
        }

        var placed = meetings.SelectMany(m => m.Agenda.Select(i => (Meeting: m, Item: i))).ToList();
        var threads = (plan?.Items ?? []).Select(item => new ForwardPlanThread(item,
            placed.Where(p => p.Item.ForwardPlanItemId == item.Id)
                .Select(p => new AgendaPlace(p.Meeting.Id, p.Meeting.Date, p.Item.Number, p.Item.Title)).ToList(),
            decidedBy.TryGetValue(item.Id, out var places) ? places : [])).ToList();
        return new ForwardPlanThreads(threads, late);
    }

    private static Decided Decide(Meeting meeting)
    {
        var decisions = meeting.Resolutions.Where(r => r.Recorded.Outcome is ResolutionOutcome.Passed or ResolutionOutcome.Rejected)
            .Select(r => (Resolution: r, Planned: meeting.ItemNamed(r.Item)?.ForwardPlanItemId)).ToList();
        return new Decided(
            decisions.Select(d => new DecisionPlace(meeting.Id, meeting.Date, d.Resolution.Number, d.Resolution.Recorded.Outcome, d.Resolution.Item)).ToArray(),
            decisions.Select(d => d.Planned).ToArray(), decisions.All(d => d.Planned is null));
    }
}
