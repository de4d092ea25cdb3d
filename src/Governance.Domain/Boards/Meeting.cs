using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>A resolution as it stands: as recorded, with its corrections and any rescission linked.</summary>
public sealed record Resolution(
    ResolutionRecorded Recorded,
    ImmutableList<ResolutionCorrected> Corrections,
    ResolutionRescinded? Rescinded)
{
    public string Number => Recorded.Number;

    /// <summary>The reasons as corrected.</summary>
    public string? Reasons => Corrections.LastOrDefault(c => c.Field == "reasons")?.Correct ?? Recorded.Reasons;

    /// <summary>The text as corrected (a correction of the "text" field replaces it; the original is kept above).</summary>
    public string Text => Corrections.LastOrDefault(c => c.Field == "text")?.Correct ?? Recorded.Text;

    /// <summary>The agenda item it was taken on, as corrected.</summary>
    public string Item => Corrections.LastOrDefault(c => c.Field == "item")?.Correct ?? Recorded.Item;
}

/// <summary>One meeting of a body: its agenda and papers, who attended, declared interests, and the resolutions
/// recorded at it.</summary>
public sealed record Meeting(
    string Id,
    string BodyId,
    DateOnly Date,
    bool Public,
    string? Title,
    AttendanceRecorded? Attendance,
    ImmutableList<InterestDeclared> Interests,
    ImmutableList<Resolution> Resolutions,
    MinutesApproved? MinutesApproval,
    ImmutableList<AgendaItem> Agenda) : IFoldedFrom<Meeting, MeetingScheduled, IMeetingEvent>
{
    public static Meeting Begin(string id, MeetingScheduled e) =>
        new(id, e.BodyId, e.Effective.Date, e.Public, e.Title, null, [], [], null, []);

    public Meeting After(IMeetingEvent change) => change switch
    {
        AttendanceRecorded e => this with { Attendance = e },
        InterestDeclared e => this with { Interests = Interests.Add(e) },
        ResolutionRecorded e => this with { Resolutions = Resolutions.Add(new Resolution(e, [], null)) },
        ResolutionRescinded e => Update(e.Number, r => r with { Rescinded = e }),
        ResolutionCorrected e => Update(e.Number, r => r with { Corrections = r.Corrections.Add(e) }),
        MinutesApproved e => this with { MinutesApproval = e },
        ResolutionStruckOut e => this with { Resolutions = Resolutions.RemoveAll(r => r.Number == e.Number) },
        MeetingDateCorrected e => this with { Date = e.Correct },
        AgendaItemAdded e => this with
        {
            Agenda = Agenda.Add(new AgendaItem(e.Number, e.Title, e.Private, e.Lead, e.Purpose, e.ForwardPlanItemId, e.Concerns, [])),
        },
        PaperTabled e => this with
        {
            Agenda = Agenda.Select(i => i.Number == e.ItemNumber ? i with { Papers = [.. i.Papers, e.Paper] } : i).ToImmutableList(),
        },
        _ => this,
    };

    /// <summary>The papers a resolution was taken on that were re-issued since, with the version decided on and the
    /// version now current.</summary>
    public IReadOnlyList<PaperChanged> PapersChangedSince(Resolution resolution) =>
        (from decided in resolution.Recorded.Papers ?? []
         let current = ItemNamed(resolution.Item)?.CurrentPapers().FirstOrDefault(p => p.PaperId == decided.PaperId)
         where current is not null && current.Version > decided.Version
         select new PaperChanged(decided.PaperId, decided.Version, decided.Sha256, current.Version, current.Sha256, current.TabledOn))
        .ToList();

    /// <summary>The meeting as the public reads it: without its private items, the resolutions taken on them and the
    /// interests declared in them.</summary>
    public Meeting PublicPart() => this with
    {
        Agenda = Agenda.Where(i => !i.Private).ToImmutableList(),
        Resolutions = Resolutions.Where(r => ItemNamed(r.Item) is not { Private: true }).ToImmutableList(),
        Interests = Interests.Where(i => ItemNamed(i.Item) is not { Private: true }).ToImmutableList(),
    };

    /// <summary>The agenda item an item's number or title names, if any.</summary>
    public AgendaItem? ItemNamed(string item) => Agenda.FirstOrDefault(i => i.Names(item));

    public Resolution? Find(string number) => Resolutions.FirstOrDefault(r => r.Number == number);

    public IEnumerable<string> SeatsWithInterestIn(string item) =>
        Interests.Where(i => string.Equals(i.Item, item, StringComparison.OrdinalIgnoreCase)).Select(i => i.SeatId);

    private Meeting Update(string number, Func<Resolution, Resolution> change) => this with
    {
        Resolutions = Resolutions.Select(r => r.Number == number ? change(r) : r).ToImmutableList(),
    };
}
