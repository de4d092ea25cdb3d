using System.Collections.Immutable;
using Governance.Domain.Boards;
using Governance.Domain.Common;

namespace Governance.Domain.People;

/// <summary>An event of a body's membership: who was appointed to its seats, and when each appointment ended.</summary>
public interface IMembershipEvent : ILedgerEvent;

public enum AppointmentKind
{
    Substantive,

    /// <summary>Acting in the seat while it has no substantive holder.</summary>
    Acting,

    /// <summary>Appointed for a stated interim period, until a substantive appointment.</summary>
    Interim,
}

public enum AppointmentEnding
{
    Resigned,
    Removed,

    /// <summary>The term came to its end (on the date the appointment gave, or another).</summary>
    TermEnded,
}

/// <summary>A person appointed to a seat of a body from the effective date, for a term ending on
/// <paramref name="TermEnds"/> (not included) when the appointment gave one.</summary>
public sealed record MemberAppointed(string AppointmentId, string BodyId, string SeatId, string PersonId, AppointmentKind Kind,
    DateOnly? TermEnds, EffectiveDate Effective, Provenance Provenance) : IMembershipEvent, IMayLieAhead;

/// <summary>An appointment ended on the effective date (from that day the seat is not theirs).</summary>
public sealed record AppointmentEnded(string AppointmentId, AppointmentEnding Ending, EffectiveDate Effective, Provenance Provenance)
    : IMembershipEvent, IMayLieAhead;

/// <summary>A person in a seat from a date until (not including) the day it ended or its term ends, or still.</summary>
/// <param name="TermEnds">The end of the term the appointment gave (not included), if it gave one.</param>
/// <param name="EndedOn">The day an ending took effect (resigned, removed, or the term ended on another day).</param>
public sealed record Appointment(string Id, string SeatId, string PersonId, AppointmentKind Kind, DateOnly From, DateOnly? TermEnds,
    DateOnly? EndedOn, AppointmentEnding? Ending)
{
    /// <summary>The first day the seat is no longer theirs (not included in the appointment), if known.</summary>
    public DateOnly? Until => EndedOn ?? TermEnds;

    public bool HeldOn(DateOnly date) => From <= date && (Until is null || date < Until);

    /// <summary>How it had ended by the date: as recorded, or at the end of its term once that day has come.</summary>
    public AppointmentEnding? EndingBy(DateOnly date) =>
        Ending ?? (TermEnds is { } ends && ends <= date ? AppointmentEnding.TermEnded : null);

    public bool Overlaps(DateOnly from, DateOnly? until) => From < (until ?? DateOnly.MaxValue) && from < (Until ?? DateOnly.MaxValue);
}

/// <summary>Who held each seat of a body, from when to when. One person holds a seat at a time, whatever the kind of
/// appointment: an acting or interim member fills a seat that has no substantive holder.</summary>
public sealed record BodyMembership(string Id, string BodyId, ImmutableList<Appointment> Appointments)
    : IFoldedFrom<BodyMembership, MemberAppointed, IMembershipEvent>
{
    public static string StreamKey(string bodyId) => $"membership:{bodyId}";

    public static BodyMembership Begin(string id, MemberAppointed first) => new BodyMembership(id, first.BodyId, []).After(first);

    public BodyMembership After(IMembershipEvent change) => change switch
    {
        MemberAppointed e => this with
        {
            Appointments = Appointments.Add(new Appointment(e.AppointmentId, e.SeatId, e.PersonId, e.Kind, e.Effective.Date,
                e.TermEnds, EndedOn: null, Ending: null)),
        },
        AppointmentEnded e => this with
        {
            Appointments = Appointments.Select(a => a.Id == e.AppointmentId ? a with { EndedOn = e.Effective.Date, Ending = e.Ending } : a)
                .ToImmutableList(),
        },
        _ => this,
    };

    public Appointment? Find(string appointmentId) => Appointments.FirstOrDefault(a => a.Id == appointmentId);

    /// <summary>Each appointment held on the date.</summary>
    public IReadOnlyList<Appointment> On(DateOnly date) => Appointments.Where(a => a.HeldOn(date)).ToList();

    public static Decision<MemberAppointed> Appoint(BodyMembership? membership, GoverningBody body, Person? person, string personId,
        string seatId, AppointmentKind kind, EffectiveDate from, DateOnly? termEnds, Provenance provenance)
    {
        if (person is null)
            return Decision<MemberAppointed>.Reject($"No person '{personId}' is recorded: record them first, then cite their id.");
        if (body.WhyNotSittingOn(from.Date) is { } why) return Decision<MemberAppointed>.Reject(why);
        if (body.SeatsOn(from.Date).All(seat => seat.Id != seatId))
            return Decision<MemberAppointed>.Reject($"{body.Name} has no seat '{seatId}' on {from.Date:yyyy-MM-dd}.");
        if (termEnds <= from.Date)
            return Decision<MemberAppointed>.Reject($"A term from {from.Date:yyyy-MM-dd} ends after it begins, not on {termEnds:yyyy-MM-dd}.");
        if (membership?.Appointments.FirstOrDefault(a => a.SeatId == seatId && a.Overlaps(from.Date, termEnds)) is { } held)
            return Decision<MemberAppointed>.Reject(
                $"Seat '{seatId}' is held by appointment {held.Id} from {held.From:yyyy-MM-dd}" +
                $"{(held.Until is { } until ? $" until {until:yyyy-MM-dd}" : "")}: one person holds a seat at a time; end that appointment first.");
        return Decision<MemberAppointed>.Accept(new MemberAppointed($"A-{(membership?.Appointments.Count ?? 0) + 1}", body.Id, seatId,
            person.Id, kind, termEnds, from, provenance));
    }

    public static Decision<AppointmentEnded> End(BodyMembership? membership, string appointmentId, AppointmentEnding ending,
        EffectiveDate on, Provenance provenance)
    {
        if (membership?.Find(appointmentId) is not { } appointment)
            return Decision<AppointmentEnded>.Reject($"There is no appointment '{appointmentId}' to this body.");
        if (appointment.EndedOn is { } ended)
            return Decision<AppointmentEnded>.Reject($"Appointment {appointmentId} ended on {ended:yyyy-MM-dd} ({appointment.Ending}).");
        if (appointment.TermEnds is { } termEnds && on.Date >= termEnds)
            return Decision<AppointmentEnded>.Reject($"Appointment {appointmentId}'s term ends on {termEnds:yyyy-MM-dd}; only an earlier ending can be recorded.");
        if (on.Date <= appointment.From)
            return Decision<AppointmentEnded>.Reject($"Appointment {appointmentId} began on {appointment.From:yyyy-MM-dd}; it can only end after that.");
        return Decision<AppointmentEnded>.Accept(new AppointmentEnded(appointmentId, ending, on, provenance));
    }
}
