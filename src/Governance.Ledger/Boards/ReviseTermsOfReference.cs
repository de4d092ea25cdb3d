using Governance.Domain.Boards;

namespace Governance.Ledger.Boards;

/// <summary>Revises a body's terms of reference (quorum and voting rule) from a date; earlier meetings keep the terms of their day.</summary>
public sealed record ReviseTermsOfReference(TermsOfReference Terms, DateOnly EffectiveOn, long Version, RecordedFrom Source)
    : IBodyChange;

public static class ReviseTermsOfReferenceEndpoint
{
    public static ProblemDetails Validate(ReviseTermsOfReference command) =>
        BodyChange.Check(command, problems => problems.CheckTerms(command.Terms, seats: null, nameof(command.Terms)));

    public static IResult Before(ReviseTermsOfReference command, IEventStream<GoverningBody> body, HttpContext context) =>
        BodyChange.Admit(body, command, context);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/terms", OperationId = "ReviseTermsOfReference")]
    public static IResult Post(ReviseTermsOfReference command,
        [Written] IEventStream<GoverningBody> body, HttpContext context) =>
        body.Record(BodyRules.ReviseTerms(body.Aggregate!, command.Terms, EffectiveDate.OnDay(command.EffectiveOn),
            command.Source.ToProvenance(context)), context);
}
