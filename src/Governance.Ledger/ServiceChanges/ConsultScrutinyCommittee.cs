using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records that the local authority's overview and scrutiny committee was consulted on the proposal, and its response.</summary>
public sealed record ConsultScrutinyCommittee(string Committee, string? Response, DateOnly On, long Version, RecordedFrom Source)
    : IServiceChangeCommand;

public static class ConsultScrutinyCommitteeEndpoint
{
    public static ProblemDetails Validate(ConsultScrutinyCommittee command) => ServiceChange.Check(command, problems =>
        problems.Require(nameof(command.Committee), command.Committee, "Name the committee consulted."));

    public static IResult Before(ConsultScrutinyCommittee command, IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/scrutiny", OperationId = "ConsultScrutinyCommittee")]
    public static IResult Post(ConsultScrutinyCommittee command, [Written] IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        proposal.Record(ServiceChangeRules.ConsultScrutiny(proposal.Aggregate!, command.Committee, command.Response,
            EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), context);
}
