using Governance.Domain.Boards;
using Governance.Domain.People;
using Governance.Ledger.Secretariat;

namespace Governance.Ledger.People;

/// <summary>Ends an appointment from <c>On</c> (the seat is not theirs from that day): resigned, removed, or at the end of
/// a term.</summary>
public sealed record EndAppointment(AppointmentEnding? Ending, DateOnly On, long Version, RecordedFrom Source) : IBodyListChange;

public static class EndAppointmentEndpoint
{
    public static string MembershipOf(string id) => BodyMembership.StreamKey(id);

    public static ProblemDetails Validate(EndAppointment command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Ending), command.Ending, "Say how it ended: Resigned, Removed or TermEnded.");
        problems.CheckListChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, EndAppointment command,
        IEventStream<BodyMembership> membership, IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, membership, command, session, context, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/members/{appointmentId}/end", OperationId = "EndAppointment")]
    public static IResult Post(string appointmentId, EndAppointment command,
        [Written(nameof(MembershipOf))] IEventStream<BodyMembership> membership, HttpContext context) =>
        membership.Record(BodyMembership.End(membership.Aggregate, appointmentId, command.Ending!.Value, EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
}
