using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>An event in a governance body's own stream.</summary>
public interface IBodyEvent : ILedgerEvent;

/// <param name="Organisation">The partner organisation whose own board this is (its code), for a partner's board:
/// the body through which that partner ratifies or declines a shared decision.</param>
public sealed record BodyConstituted(
    string FootprintId, string Name, BodyKind Kind, TermsOfReference Terms, IReadOnlyList<Seat> Seats,
    EffectiveDate Effective, Provenance Provenance, string? Organisation = null) : IBodyEvent, IMayLieAhead;

public sealed record TermsOfReferenceRevised(TermsOfReference Terms, EffectiveDate Effective, Provenance Provenance)
    : IBodyEvent, IMayLieAhead;

public sealed record SeatCreated(Seat Seat, EffectiveDate Effective, Provenance Provenance) : IBodyEvent, IMayLieAhead;

public sealed record SeatWithdrawn(string SeatId, EffectiveDate Effective, Provenance Provenance) : IBodyEvent, IMayLieAhead;

public sealed record BodyDissolved(EffectiveDate Effective, Provenance Provenance) : IBodyEvent, IMayLieAhead;
