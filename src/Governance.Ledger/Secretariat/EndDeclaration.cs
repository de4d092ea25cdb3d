using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Records that a declared interest (or gift or hospitality) ended: it held until, and including, <c>Until</c>.</summary>
public sealed record EndDeclaration(DateOnly Until, DateOnly On, long Version, RecordedFrom Source) : IBodyListChange;

public static class EndDeclarationEndpoint
{
    public static string RegisterOf(string id) => StandingRegister.StreamKey(id);

    public static ProblemDetails Validate(EndDeclaration command) => RequestProblems.Check(problems =>
    {
        problems.RequireDate(nameof(command.Until), command.Until, "Give the last day it held, as YYYY-MM-DD.");
        problems.CheckListChange(command);
    });

    public static async Task<IResult> LoadAsync(string id, EndDeclaration command, IEventStream<StandingRegister> register,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        (await BodyLists.AdmitAsync(id, register, command, session, context, cancellation)).Item1;

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/register/{entry}/end", OperationId = "EndDeclaration")]
    public static IResult Post(string entry, EndDeclaration command, [Written(nameof(RegisterOf))] IEventStream<StandingRegister> register,
        HttpContext context) =>
        register.Aggregate is { } existing
            ? register.Record(existing.End(entry, command.Until, command.On, command.Source.ToProvenance(context)), context)
            : RequestProblems.Rejected($"The register has no entry {entry}.");
}
