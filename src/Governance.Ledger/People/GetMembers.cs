using Governance.Domain.Boards;
using Governance.Domain.People;
using Governance.Ledger.Boards;
using Governance.Ledger.Secretariat;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.People;

/// <summary>A seat of a body on a date and who held it then (no one, for a seat vacant that day).</summary>
public sealed record SeatHeld(string SeatId, string Title, bool Votes, MemberInSeat? Holder);

/// <summary>A person in a seat: the appointment (from a day, until the first day not held, if known), and the person as
/// their record names them.</summary>
public sealed record MemberInSeat(string AppointmentId, string PersonId, string Name, string Organisation, AppointmentKind Kind,
    DateOnly From, DateOnly? Until);

public sealed record MembersView(string BodyId, DateOnly AsOf, IReadOnlyList<SeatHeld> Seats, long Version) : IVersionedView;

public static class GetMembers
{
    /// <summary>Who sat on a body on a date, as known at a moment: each of its seats then, and the person appointed to
    /// it, or no one.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/members", OperationId = "GetMembers")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        if (await record.BodyListAsync(PeopleRegistration.Memberships, id, BodyMembership.StreamKey(id), cancellation) is not { } read)
            return BoardProblems.UnknownBody(id);
        var held = read.List?.On(record.AsOf) ?? [];
        var people = await record.PeopleAsync(held.Select(a => a.PersonId).ToList(), cancellation);
        return VersionedRead.Ok(new MembersView(id, record.AsOf, read.Body.SeatsOn(record.AsOf).Select(seat =>
                new SeatHeld(seat.Id, seat.Title, seat.Votes, held.FirstOrDefault(a => a.SeatId == seat.Id) is { } appointment &&
                                                             people.GetValueOrDefault(appointment.PersonId) is { } person
                    ? new MemberInSeat(appointment.Id, person.Id, person.Name, person.Organisation, appointment.Kind, appointment.From,
                        appointment.Until)
                    : null)).ToList(), read.Version), read.Version);
    }
}
