using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records the consultation's report, published on <c>on</c>, and how many responded.</summary>
public sealed record PublishConsultationReport(int Responses, SourceDocument Report, DateOnly On, long Version,
    RecordedFrom Source) : IServiceChangeCommand;

public static class PublishConsultationReportEndpoint
{
    public static ProblemDetails Validate(PublishConsultationReport command) => ServiceChange.Check(command, problems =>
    {
        if (command.Responses < 0) problems.Add(nameof(command.Responses), "Give the number of responses, 0 or more.");
        problems.Require(nameof(command.Report), command.Report?.Reference, "Give the report's reference.");
    });

    public static IResult Before(PublishConsultationReport command, IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/consultation/report", OperationId = "PublishConsultationReport")]
    public static IResult Post(PublishConsultationReport command, [Written] IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        proposal.Record(ServiceChangeRules.PublishReport(proposal.Aggregate!, command.Responses, command.Report,
            EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), context);
}
