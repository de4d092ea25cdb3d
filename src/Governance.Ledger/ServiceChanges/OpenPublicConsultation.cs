using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records a formal public consultation on the proposal, opening on <c>on</c>: when it closes, its documents,
/// and whether it consults on options or on one solution.</summary>
public sealed record OpenPublicConsultation(DateOnly Closes, IReadOnlyList<SourceDocument> Documents, bool OnOptions,
    DateOnly On, long Version, RecordedFrom Source) : IServiceChangeCommand;

public static class OpenPublicConsultationEndpoint
{
    public static ProblemDetails Validate(OpenPublicConsultation command) => ServiceChange.Check(command, problems =>
    {
        problems.RequireDate(nameof(command.Closes), command.Closes, "Give the date it closes, as YYYY-MM-DD.");
        if (command.Documents is not { Count: > 0 } || command.Documents.Any(d => string.IsNullOrWhiteSpace(d?.Reference)))
            problems.Add(nameof(command.Documents), "List the documents consulted on, each with its reference.");
    });

    public static IResult Before(OpenPublicConsultation command, IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/consultation", OperationId = "OpenPublicConsultation")]
    public static IResult Post(OpenPublicConsultation command, [Written] IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        proposal.Record(ServiceChangeRules.OpenConsultation(proposal.Aggregate!, command.Closes, command.Documents,
            command.OnOptions, EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), context);
}
