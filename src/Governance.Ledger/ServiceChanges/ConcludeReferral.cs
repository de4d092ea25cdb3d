using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records what came of the referral to the Secretary of State.</summary>
public sealed record ConcludeReferral(string Outcome, DateOnly On, long Version, RecordedFrom Source) : IServiceChangeCommand;

public static class ConcludeReferralEndpoint
{
    public static ProblemDetails Validate(ConcludeReferral command) => ServiceChange.Check(command, problems =>
        problems.Require(nameof(command.Outcome), command.Outcome, "Say what the Secretary of State decided."));

    public static IResult Before(ConcludeReferral command, IEventStream<ServiceChangeProposal> proposal, HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/referral/outcome", OperationId = "ConcludeReferral")]
    public static IResult Post(ConcludeReferral command, [Written] IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        proposal.Record(ServiceChangeRules.ConcludeReferral(proposal.Aggregate!, command.Outcome,
            EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context)), context);
}
