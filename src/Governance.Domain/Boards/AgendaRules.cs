using System.Text.RegularExpressions;
using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>What may be put on a meeting's agenda, and which papers tabled for it.</summary>
public static partial class AgendaRules
{
    /// <param name="planned">The forward plan item the agenda item takes up, as found, when one is named.</param>
    public static Decision<AgendaItemAdded> AddItem(Meeting meeting, string number, string title, bool isPrivate, string lead,
        ItemPurpose purpose, string? forwardPlanItemId, bool planned, IReadOnlyList<string> concerns, Provenance provenance)
    {
        var why = !ItemNumber().IsMatch(number.Trim())
            ? $"'{number}' is not an agenda item number. Number items 1, 2, 2.1 and so on."
            : meeting.Agenda.Any(i => i.Number == number.Trim())
                ? $"Item {number.Trim()} is already on the agenda of this meeting."
                : !meeting.Public && !isPrivate
                    ? "A private meeting has no public part: every item of it is private."
                    : forwardPlanItemId is not null && !planned
                        ? $"The body's forward plan has no item {forwardPlanItemId} standing."
                        : meeting.Resolutions.Count > 0
                            ? "The meeting has recorded resolutions; its agenda was settled before it."
                            : null;
        return why is not null
            ? Decision<AgendaItemAdded>.Reject(why)
            : Decision<AgendaItemAdded>.Accept(new AgendaItemAdded(number.Trim(), title.Trim(), isPrivate, lead.Trim(), purpose,
                forwardPlanItemId, concerns.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
                EffectiveDate.OnDay(meeting.Date), provenance));
    }

    /// <summary>Tables a paper for an item, or re-issues one: the same paper id takes the next version, unless its
    /// content is the same as the version before.</summary>
    public static Decision<PaperTabled> Table(Meeting meeting, string itemNumber, string paperId, string title, string sha256,
        string contentType, long length, string fileName, DateOnly on, Provenance provenance)
    {
        if (meeting.Agenda.FirstOrDefault(i => i.Number == itemNumber) is not { } item)
            return Decision<PaperTabled>.Reject($"This meeting has no agenda item {itemNumber}.");
        var previous = item.Papers.Where(p => p.PaperId == paperId).MaxBy(p => p.Version);
        if (previous?.Sha256 == sha256)
            return Decision<PaperTabled>.Reject($"This is version {previous.Version} of '{previous.Title}' again; a re-issued paper differs from the last.");
        if (previous is not null && on < previous.TabledOn)
            return Decision<PaperTabled>.Reject($"Version {previous.Version} of '{previous.Title}' was tabled on {previous.TabledOn:yyyy-MM-dd}; a re-issue comes after it.");
        return Decision<PaperTabled>.Accept(new PaperTabled(itemNumber, new PaperVersion(paperId, (previous?.Version ?? 0) + 1,
            title.Trim(), sha256, contentType, length, fileName, on), EffectiveDate.OnDay(on), provenance));
    }

    [GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{1,3}){0,2}$")]
    private static partial Regex ItemNumber();
}
