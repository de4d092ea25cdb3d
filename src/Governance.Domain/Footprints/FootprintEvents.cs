using Governance.Domain.Common;

namespace Governance.Domain.Footprints;

/// <summary>An event in a footprint's own stream; the stream's key is the footprint's ledger id.</summary>
public interface IFootprintEvent : ILedgerEvent;

/// <param name="FormedFrom">Ledger ids of the footprints merged to form this one; empty for the 2016 footprints.</param>
public sealed record FootprintEstablished(
    string Code, string Name, string? Region, FootprintStage Stage, IReadOnlyList<string> FormedFrom,
    EffectiveDate Effective, Provenance Provenance) : IFootprintEvent;

public sealed record FootprintRenamed(string Name, EffectiveDate Effective, Provenance Provenance) : IFootprintEvent;

/// <summary>ONS issued the footprint a new E54 code; its ledger identity stays the same.</summary>
public sealed record FootprintCodeReissued(
    string PreviousCode, string Code, EffectiveDate Effective, Provenance Provenance) : IFootprintEvent;

public sealed record FootprintAssignedToRegion(string Region, EffectiveDate Effective, Provenance Provenance)
    : IFootprintEvent;

public sealed record LeadAppointed(string Lead, string? Role, EffectiveDate Effective, Provenance Provenance)
    : IFootprintEvent, IMayLieAhead;

public sealed record PartnershipFormed(EffectiveDate Effective, Provenance Provenance) : IFootprintEvent;

/// <param name="DesignatedAs">The term used at the time: accountable care system, integrated care system, ...</param>
/// <param name="Wave">The designation wave, named by the month it was announced (e.g. "2017-06").</param>
public sealed record IntegratedCareSystemDesignated(
    string DesignatedAs, string Wave, EffectiveDate Effective, Provenance Provenance) : IFootprintEvent;

/// <summary>This footprint ended by merging, with <paramref name="MergedWith"/>, into <paramref name="Successor"/>.</summary>
public sealed record FootprintsMerged(
    IReadOnlyList<string> MergedWith, string Successor, EffectiveDate Effective, Provenance Provenance)
    : IFootprintEvent;

/// <summary>Part of an area moved between two footprints; stored in both footprints' streams.</summary>
public sealed record AreaTransferred(
    string FromFootprint, string ToFootprint, string Area, EffectiveDate Effective, Provenance Provenance)
    : IFootprintEvent;

public sealed record IntegratedCareBoardEstablished(
    string Code, string Name, string Region, EffectiveDate Effective, Provenance Provenance) : IFootprintEvent;

/// <summary>A dated fact about the footprint that changes none of its registry attributes (a plan published, ...).</summary>
public sealed record FootprintMilestoneNoted(string Kind, string Detail, EffectiveDate Effective, Provenance Provenance)
    : IFootprintEvent;
