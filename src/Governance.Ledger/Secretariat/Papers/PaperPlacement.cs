using Governance.Domain.Boards;

namespace Governance.Ledger.Secretariat.Papers;

/// <summary>Where a paper's content was tabled: a meeting's agenda item, or its approved minutes. Who may download it
/// follows from there.</summary>
public sealed record PaperPlacement(string Id, string Sha256, string MeetingId, string ItemNumber)
{
    public const string Minutes = "minutes";
}

public sealed partial class PaperPlacementsProjection : Marten.Events.Projections.EventProjection
{
    public PaperPlacement Create(IEvent<PaperTabled> e) =>
        new($"{e.Data.Paper.Sha256}:{e.StreamKey}:{e.Data.ItemNumber}", e.Data.Paper.Sha256, e.StreamKey!, e.Data.ItemNumber);

    public void Project(IEvent<MinutesApproved> e, IDocumentOperations operations)
    {
        if (e.Data.MinutesSha256 is { } sha256)
            operations.Store(new PaperPlacement($"{sha256}:{e.StreamKey}:{PaperPlacement.Minutes}", sha256, e.StreamKey!, PaperPlacement.Minutes));
    }
}
