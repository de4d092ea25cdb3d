using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>A seat and the dates it existed: from its creation until (not including) its withdrawal.</summary>
public sealed record SeatTenure(Seat Seat, DateOnly From, DateOnly? Until)
{
    public bool HeldOn(DateOnly date) => From <= date && (Until is null || date < Until);
}

/// <summary>The terms of reference in force from a date, until a later revision takes effect.</summary>
public sealed record TermsInForce(TermsOfReference Terms, DateOnly From);

/// <summary>
/// A partnership board, joint committee or other body that decides: its terms of reference and seats over time.
/// A meeting is judged by the terms and seats in force on its date.
/// </summary>
public sealed record GoverningBody(
    string Id,
    string FootprintId,
    string Name,
    BodyKind Kind,
    DateOnly ConstitutedOn,
    DateOnly? DissolvedOn,
    ImmutableList<TermsInForce> Terms,
    ImmutableList<SeatTenure> Seats) : IFoldedFrom<GoverningBody, BodyConstituted, IBodyEvent>
{
    public static GoverningBody Begin(string id, BodyConstituted e) => new(
        id, e.FootprintId, e.Name, e.Kind, e.Effective.Date, DissolvedOn: null,
        [new TermsInForce(e.Terms, e.Effective.Date)],
        e.Seats.Select(seat => new SeatTenure(seat, e.Effective.Date, Until: null)).ToImmutableList());

    public GoverningBody After(IBodyEvent change) => change switch
    {
        TermsOfReferenceRevised e => this with { Terms = Terms.Add(new TermsInForce(e.Terms, e.Effective.Date)) },
        SeatCreated e => this with { Seats = Seats.Add(new SeatTenure(e.Seat, e.Effective.Date, Until: null)) },
        SeatWithdrawn e => this with
        {
            Seats = Seats.Select(t => t.Seat.Id == e.SeatId && t.Until is null ? t with { Until = e.Effective.Date } : t)
                .ToImmutableList(),
        },
        BodyDissolved e => this with { DissolvedOn = e.Effective.Date },
        _ => this,
    };

    public bool ExistsOn(DateOnly date) => ConstitutedOn <= date && (DissolvedOn is null || date < DissolvedOn);

    /// <summary>The terms whose revision took effect last on or before <paramref name="date"/>.</summary>
    public TermsOfReference TermsOn(DateOnly date) => Terms
        .Where(t => t.From <= date)
        .OrderBy(t => t.From)
        .LastOrDefault()?.Terms ?? Terms[0].Terms;

    public IReadOnlyList<Seat> SeatsOn(DateOnly date) =>
        Seats.Where(t => t.HeldOn(date)).Select(t => t.Seat).ToList();

    public string? WhyNotSittingOn(DateOnly date)
    {
        if (date < ConstitutedOn)
            return $"{Name} was constituted on {ConstitutedOn:yyyy-MM-dd}; it could not meet or decide on {date:yyyy-MM-dd}.";
        if (DissolvedOn is { } dissolved && date >= dissolved)
            return $"{Name} was dissolved on {dissolved:yyyy-MM-dd}; it could not meet or decide on {date:yyyy-MM-dd}.";
        return null;
    }
}
