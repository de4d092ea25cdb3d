using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Withdraws a seat from a body from a date.</summary>
public sealed record WithdrawSeat(DateOnly EffectiveOn, long Version, RecordedFrom Source) : IBodyChange;

public static class WithdrawSeatEndpoint
{
    public static ProblemDetails Validate(WithdrawSeat command) => BodyChange.Check(command);

    public static IResult Before(WithdrawSeat command, IEventStream<GoverningBody> body, HttpContext context) =>
        BodyChange.Admit(body, command, context);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/seats/{seatId}/withdrawal", OperationId = "WithdrawSeat")]
    public static IResult Post(string seatId, WithdrawSeat command,
        [Written] IEventStream<GoverningBody> body, HttpContext context) =>
        body.Record(BodyRules.WithdrawSeat(body.Aggregate!, seatId, EffectiveDate.OnDay(command.EffectiveOn),
            command.Source.ToProvenance(context)), context);
}
