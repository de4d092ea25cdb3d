using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>An event in a governance body's own stream.</summary>
public interface IBodyEvent : ILedgerEvent;

public sealed record BodyConstituted(
    string FootprintId, string Name, BodyKind Kind, TermsOfReference Terms, IReadOnlyList<Seat> Seats,
    EffectiveDate Effective, Provenance Provenance) : IBodyEvent;

public sealed record TermsOfReferenceRevised(TermsOfReference Terms, EffectiveDate Effective, Provenance Provenance)
    : IBodyEvent;

public sealed record SeatCreated(Seat Seat, EffectiveDate Effective, Provenance Provenance) : IBodyEvent;

public sealed record SeatWithdrawn(string SeatId, EffectiveDate Effective, Provenance Provenance) : IBodyEvent;

public sealed record BodyDissolved(EffectiveDate Effective, Provenance Provenance) : IBodyEvent;
