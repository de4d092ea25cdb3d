using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Adds a seat to a body from a date, voting or attending only.</summary>
public sealed record CreateSeat(Seat Seat, DateOnly EffectiveOn, long Version, RecordedFrom Source) : IBodyChange;

public static class CreateSeatEndpoint
{
    public static ProblemDetails Validate(CreateSeat command) => BodyChange.Check(command, problems =>
        problems.CheckSeats(command.Seat is null ? null : [command.Seat], nameof(command.Seat)));

    public static IResult Before(CreateSeat command, IEventStream<GoverningBody> body, HttpContext context) =>
        BodyChange.Admit(body, command, context);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/seats", OperationId = "CreateSeat")]
    public static IResult Post(CreateSeat command,
        [Written] IEventStream<GoverningBody> body, HttpContext context) =>
        body.Record(BodyRules.CreateSeat(body.Aggregate!, command.Seat, EffectiveDate.OnDay(command.EffectiveOn),
            command.Source.ToProvenance(context)), context);
}
