using Governance.Domain.Common;

namespace Governance.Domain.Boards;

/// <summary>The rules for changing a body's terms of reference, seats and existence.</summary>
public static class BodyRules
{
    public static Decision<TermsOfReferenceRevised> ReviseTerms(GoverningBody body, TermsOfReference terms,
        EffectiveDate effective, Provenance provenance)
    {
        if (body.WhyNotSittingOn(effective.Date) is { } why) return Decision<TermsOfReferenceRevised>.Reject(why);
        var voting = body.SeatsOn(effective.Date).Count(seat => seat.Votes);
        return terms.Quorum > voting
            ? Decision<TermsOfReferenceRevised>.Reject(
                $"A quorum of {terms.Quorum} could never be met: {body.Name} has {voting} voting seats on {effective}.")
            : Decision<TermsOfReferenceRevised>.Accept(new TermsOfReferenceRevised(terms, effective, provenance));
    }

    public static Decision<SeatCreated> CreateSeat(GoverningBody body, Seat seat, EffectiveDate effective,
        Provenance provenance)
    {
        if (body.WhyNotSittingOn(effective.Date) is { } why) return Decision<SeatCreated>.Reject(why);
        return body.Seats.Any(tenure => tenure.Seat.Id == seat.Id)
            ? Decision<SeatCreated>.Reject($"{body.Name} already has (or had) a seat '{seat.Id}'; a seat id is used once.")
            : Decision<SeatCreated>.Accept(new SeatCreated(seat, effective, provenance));
    }

    public static Decision<SeatWithdrawn> WithdrawSeat(GoverningBody body, string seatId, EffectiveDate effective,
        Provenance provenance)
    {
        if (body.WhyNotSittingOn(effective.Date) is { } why) return Decision<SeatWithdrawn>.Reject(why);
        var tenure = body.Seats.FirstOrDefault(t => t.Seat.Id == seatId && t.Until is null);
        if (tenure is null) return Decision<SeatWithdrawn>.Reject($"{body.Name} has no current seat '{seatId}'.");
        if (effective.Date <= tenure.From)
            return Decision<SeatWithdrawn>.Reject($"Seat '{seatId}' was created on {tenure.From:yyyy-MM-dd}; it can only be withdrawn after that.");
        var votingLeft = body.SeatsOn(effective.Date).Count(seat => seat.Votes && seat.Id != seatId);
        var quorum = body.TermsOn(effective.Date).Quorum;
        return votingLeft < quorum
            ? Decision<SeatWithdrawn>.Reject(
                $"Without '{seatId}' {body.Name} would have {votingLeft} voting seats, fewer than its quorum of {quorum}; revise its terms first.")
            : Decision<SeatWithdrawn>.Accept(new SeatWithdrawn(seatId, effective, provenance));
    }

    public static Decision<BodyDissolved> Dissolve(GoverningBody body, EffectiveDate effective, Provenance provenance) =>
        body.WhyNotSittingOn(effective.Date) is { } why
            ? Decision<BodyDissolved>.Reject(why)
            : Decision<BodyDissolved>.Accept(new BodyDissolved(effective, provenance));
}
