using Governance.Domain.Boards;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Governance.Ledger.Boards;

/// <summary>Which bodies a footprint has: found without reading every stream.</summary>
public sealed record BodyListing(string Id, string FootprintId, string Name, BodyKind Kind, DateOnly ConstitutedOn,
    string? Organisation = null);

/// <summary>Which meetings a body held, and whether the public may read their record.</summary>
public sealed record MeetingListing(string Id, string BodyId, DateOnly Date, bool Public);

/// <summary>
/// Claims a resolution number for a body, so that it is used once: inserted in the same transaction as the
/// resolution, so a second claim of the same number fails the whole write.
/// </summary>
public sealed record ResolutionNumberClaim(string Id, string MeetingId, DateOnly MeetingDate)
{
    public static string IdFor(string bodyId, string number) => $"{bodyId}|{number}";
}

public sealed partial class BoardListingsProjection : EventProjection
{
    public BodyListing Create(IEvent<BodyConstituted> e) =>
        new(e.StreamKey!, e.Data.FootprintId, e.Data.Name, e.Data.Kind, e.Data.Effective.Date, e.Data.Organisation);

    public MeetingListing Create(IEvent<MeetingScheduled> e) =>
        new(e.StreamKey!, e.Data.BodyId, e.Data.Effective.Date, e.Data.Public);

    public async Task Project(IEvent<MeetingDateCorrected> e, IDocumentOperations operations)
    {
        if (await operations.LoadAsync<MeetingListing>(e.StreamKey!) is { } listing)
            operations.Store(listing with { Date = e.Data.Correct });
    }
}
