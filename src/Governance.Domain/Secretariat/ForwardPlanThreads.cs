using Governance.Domain.Boards;

namespace Governance.Domain.Secretariat;

/// <summary>Where a forward plan item went: the agendas that took it up and the resolutions that decided it.</summary>
public sealed record ForwardPlanThread(ForwardPlanItem Item, IReadOnlyList<AgendaPlace> OnAgenda, IReadOnlyList<DecisionPlace> DecidedBy);

public sealed record AgendaPlace(string MeetingId, DateOnly Date, string ItemNumber, string Title);

public sealed record DecisionPlace(string MeetingId, DateOnly Date, string Resolution, ResolutionOutcome Outcome, string Item);

/// <summary>A body's forward plan followed to its agendas and decisions, and the decisions taken without appearing in it.</summary>
public sealed record ForwardPlanThreads(IReadOnlyList<ForwardPlanThread> Threads, IReadOnlyList<DecisionPlace> LateAdditions)
{
    public static ForwardPlanThreads Of(ForwardPlan? plan, IReadOnlyList<Meeting> meetings)
    {
        var placed = meetings.SelectMany(m => m.Agenda.Select(i => (Meeting: m, Item: i))).ToList();
        var decisions = meetings.OrderBy(m => m.Date).SelectMany(m => m.Resolutions
                .Where(r => r.Recorded.Outcome is ResolutionOutcome.Passed or ResolutionOutcome.Rejected)
                .Select(r => (Meeting: m, Resolution: r, Item: m.ItemNamed(r.Item))))
            .ToList();

        var threads = (plan?.Items ?? []).Select(item => new ForwardPlanThread(item,
            placed.Where(p => p.Item.ForwardPlanItemId == item.Id)
                .Select(p => new AgendaPlace(p.Meeting.Id, p.Meeting.Date, p.Item.Number, p.Item.Title)).ToList(),
            decisions.Where(d => d.Item?.ForwardPlanItemId == item.Id).Select(Place).ToList())).ToList();
        var late = decisions.Where(d => d.Item?.ForwardPlanItemId is not { } planned || plan?.Stood(planned, d.Meeting.Date) != true)
            .Select(Place).ToList();
        return new ForwardPlanThreads(threads, late);
    }

    private static DecisionPlace Place((Meeting Meeting, Resolution Resolution, AgendaItem? Item) d) =>
        new(d.Meeting.Id, d.Meeting.Date, d.Resolution.Number, d.Resolution.Recorded.Outcome, d.Resolution.Item);
}
