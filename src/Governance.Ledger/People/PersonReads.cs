using Governance.Domain.Boards;
using Governance.Domain.People;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.People;

/// <summary>A seat a person held, or holds, on a body: from when, until when (the first day not held), and how it had
/// ended by the date read.</summary>
public sealed record PersonSeat(string BodyId, string Body, string FootprintId, string SeatId, string Seat, AppointmentKind Kind,
    DateOnly From, DateOnly? Until, AppointmentEnding? Ending);

/// <summary>A person as their record names them, and every seat they were appointed to by the date, on any body.</summary>
public sealed record PersonView(string Id, string Name, string Organisation, string? Role, DateOnly AsOf, IReadOnlyList<PersonSeat> Seats);

public static class PersonReads
{
    /// <summary>People as their records name them, known at the reader's moment. A person's record is not a fact of
    /// history dated by <c>asOf</c> (it is dated the day it was recorded), so every date reads the same name.</summary>
    public static async Task<IReadOnlyDictionary<string, Person>> PeopleAsync(this RecordReader record, IReadOnlyList<string> ids,
        CancellationToken cancellation)
    {
        var distinct = ids.Distinct().ToList();
        var events = await record.EventsAsync(distinct, cancellation, record.On(DateOnly.MaxValue));
        return distinct.Select(id => record.Fold(PeopleRegistration.People, id, events[id])).OfType<Person>().ToDictionary(p => p.Id);
    }

    /// <summary>A person as their record names them, and the seats they held on every body, across footprints, as at
    /// the date and as known at the moment: each appointment made by then, and how it had ended by then.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/people/{id}", OperationId = "GetPerson")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        if ((await record.PeopleAsync([id], cancellation)).GetValueOrDefault(id) is not { } person)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such person",
                detail: $"No person '{id}' is recorded.");
        var bodies = (await record.Listings<AppointmentListing>().Where(a => a.PersonId == id).ToListAsync(cancellation))
            .Select(a => a.BodyId).Distinct().ToList();
        var events = await record.EventsAsync([.. bodies, .. bodies.Select(BodyMembership.StreamKey)], cancellation);
        var seats = bodies
            .Select(b => (Body: record.Fold(BoardsRegistration.Bodies, b, events[b]),
                Membership: record.Fold(PeopleRegistration.Memberships, BodyMembership.StreamKey(b), events[BodyMembership.StreamKey(b)])))
            .Where(b => b.Body is not null && b.Membership is not null)
            .SelectMany(b => b.Membership!.Appointments.Where(a => a.PersonId == id).Select(a => new PersonSeat(b.Body!.Id, b.Body.Name,
                b.Body.FootprintId, a.SeatId, b.Body.Seats.FirstOrDefault(s => s.Seat.Id == a.SeatId)?.Seat.Title ?? a.SeatId, a.Kind,
                a.From, a.Until, a.EndingBy(record.AsOf))))
            .OrderBy(s => s.From).ToList();
        return TypedResults.Ok(new PersonView(person.Id, person.Name, person.Organisation, person.Role, record.AsOf, seats));
    }
}
