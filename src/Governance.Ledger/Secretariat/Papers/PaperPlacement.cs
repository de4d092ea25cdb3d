using Governance.Domain.Boards;

namespace Governance.Ledger.Secretariat.Papers;

/// <summary>Where a paper's content was tabled: a meeting's agenda item. Who may download it follows from there.</summary>
public sealed record PaperPlacement(string Id, string Sha256, string MeetingId, string ItemNumber);

public sealed partial class PaperPlacementsProjection : Marten.Events.Projections.EventProjection
{
    public PaperPlacement Create(IEvent<PaperTabled> e) =>
        new($"{e.Data.Paper.Sha256}:{e.StreamKey}:{e.Data.ItemNumber}", e.Data.Paper.Sha256, e.StreamKey!, e.Data.ItemNumber);
}
