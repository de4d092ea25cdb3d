using Governance.Domain.Boards;
using Governance.Domain.People;
using Governance.Ledger.Secretariat;

namespace Governance.Ledger.People;

/// <summary>Appoints a recorded person to a seat of the body from <c>On</c>: substantively, acting or interim, for a
/// term ending on <c>TermEnds</c> (not included) when the appointment gives one.</summary>
public sealed record AppointMember(string PersonId, string SeatId, AppointmentKind? Kind, DateOnly? TermEnds, DateOnly On,
    long Version, RecordedFrom Source) : IBodyListChange;

public static class AppointMemberEndpoint
{
    public static string MembershipOf(string id) => BodyMembership.StreamKey(id);

    public static ProblemDetails Validate(AppointMember command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.PersonId), command.PersonId, "Cite the person appointed by their id (record them first).");
        problems.Require(nameof(command.SeatId), command.SeatId, "Say which seat they are appointed to (its id).");
        problems.Require(nameof(command.Kind), command.Kind, "Say what kind of appointment it is: Substantive, Acting or Interim.");
        problems.CheckListChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, AppointMember command,
        IEventStream<BodyMembership> membership, IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, membership, command, session, context, cancellation);

    /// <returns>The appointment's id (A-1, A-2, ...), and the membership's version.</returns>
    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/members", OperationId = "AppointMember")]
    public static async Task<IResult> Post(AppointMember command,
        [Written(nameof(MembershipOf))] IEventStream<BodyMembership> membership, GoverningBody body, IQuerySession session,
        HttpContext context, CancellationToken cancellation)
    {
        var person = await session.Events.AggregateStreamAsync<Person>(command.PersonId.Trim(), token: cancellation);
        return membership.Record(BodyMembership.Appoint(membership.Aggregate, body, person, command.PersonId.Trim(), command.SeatId.Trim(),
                command.Kind!.Value, EffectiveDate.OnDay(command.On), command.TermEnds, command.Source.ToProvenance(context)), context,
            (e, version) => new RecordedResponse(e.AppointmentId, version));
    }
}
