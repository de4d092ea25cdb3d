using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Records that a body was dissolved; it meets and decides nothing from that date.</summary>
public sealed record DissolveBody(DateOnly EffectiveOn, long Version, RecordedFrom Source) : IBodyChange;

public static class DissolveBodyEndpoint
{
    public static ProblemDetails Validate(DissolveBody command) => BodyChange.Check(command);

    public static IResult Before(DissolveBody command, IEventStream<GoverningBody> body, HttpContext context) =>
        BodyChange.Admit(body, command, context);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/dissolution", OperationId = "DissolveBody")]
    public static IResult Post(DissolveBody command,
        [Written] IEventStream<GoverningBody> body, HttpContext context) =>
        body.Record(BodyRules.Dissolve(body.Aggregate!, EffectiveDate.OnDay(command.EffectiveOn),
            command.Source.ToProvenance(context)), context);
}
