using Governance.Domain.Common;

namespace Governance.Domain.Funding;

/// <summary>An event in a funding bid's own stream.</summary>
public interface IBidEvent : ILedgerEvent;

/// <summary>A bid for national money through a footprint: the scheme, its sponsoring organisations, the amount asked (in
/// pounds), the fund, and the resolution that sponsored it and the plan section it funds, where there are.</summary>
/// <param name="Route">Bids recorded before the ledger knew routes went by capital, its default.</param>
public sealed record BidSubmitted(string FootprintId, string Scheme, IReadOnlyList<string> Sponsors, decimal AmountAsked,
    string Fund, ApprovingDecision? SponsoredBy, string? PlanId, string? Section, EffectiveDate Effective,
    Provenance Provenance, FundingRoute Route = FundingRoute.Capital) : IBidEvent;

/// <summary>A national decision to fund the bid: provisionally, or confirmed. An amount above the bid carries why.</summary>
public sealed record FundingAllocated(decimal Amount, bool Confirmed, string? ReasonAboveBid, EffectiveDate Effective,
    Provenance Provenance) : IBidEvent;

public sealed record BusinessCaseApproved(EffectiveDate Effective, Provenance Provenance) : IBidEvent;

public sealed record FundingDrawnDown(decimal Amount, EffectiveDate Effective, Provenance Provenance) : IBidEvent;

public sealed record FundingPaused(string Reason, EffectiveDate Effective, Provenance Provenance) : IBidEvent;

public sealed record FundingResumed(EffectiveDate Effective, Provenance Provenance) : IBidEvent;

public sealed record BidWithdrawn(string Reason, EffectiveDate Effective, Provenance Provenance) : IBidEvent;

public sealed record SchemeScrapped(string Reason, EffectiveDate Effective, Provenance Provenance) : IBidEvent;

/// <summary>An event in the stream of national capital funding as the sources report it (reference history).</summary>
public interface ICapitalFundingEvent : ILedgerEvent;

/// <summary>A national capital funding decision as a source reports it, in its own words: the wave, the footprint (null
/// for a national total, or where the source names no footprint code), the scheme, the amount and the status as stated.</summary>
public sealed record CapitalFundingReported(string Wave, string? FootprintId, string NameInSource, string Scheme,
    string AmountAsStated, string StatusAsStated, string Notes, EffectiveDate Effective, Provenance Provenance)
    : ICapitalFundingEvent;
