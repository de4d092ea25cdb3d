using Governance.Domain.Footprints;

namespace Governance.Ledger.Footprints;

/// <summary>A footprint as the API shows it: its attributes on <see cref="AsOf"/>; read alone, with the version a
/// write to it sends.</summary>
public sealed record FootprintView(
    string Id,
    string Code,
    string Name,
    string? Region,
    FootprintStage Stage,
    string? DesignatedAs,
    string? Wave,
    string? Lead,
    string? LeadRole,
    DateOnly EstablishedOn,
    DateOnly? EndedOn,
    string? Successor,
    DateOnly AsOf,
    long? Version = null)
{
    public static FootprintView Of(Footprint footprint, DateOnly asOf) => new(
        footprint.Id, footprint.Code, footprint.Name, footprint.Region, footprint.Stage, footprint.DesignatedAs,
        footprint.Wave, footprint.Lead, footprint.LeadRole, footprint.EstablishedOn, footprint.EndedOn,
        footprint.Successor, asOf);
}
