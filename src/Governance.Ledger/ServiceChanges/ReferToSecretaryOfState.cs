using Governance.Domain.ServiceChanges;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records that a consulted overview and scrutiny committee referred the proposal to the Secretary of State,
/// while that power applied (1 April 2013 to 30 January 2024).</summary>
public sealed record ReferToSecretaryOfState(string Committee, DateOnly On, long Version, RecordedFrom Source)
    : IServiceChangeCommand;

public static class ReferToSecretaryOfStateEndpoint
{
    public static ProblemDetails Validate(ReferToSecretaryOfState command) => ServiceChange.Check(command, problems =>
        problems.Require(nameof(command.Committee), command.Committee, "Name the committee that referred it."));

    public static IResult Before(ReferToSecretaryOfState command, IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/referral", OperationId = "ReferToSecretaryOfState")]
    public static async Task<IResult> Post(ReferToSecretaryOfState command, [Written] IEventStream<ServiceChangeProposal> proposal,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        proposal.Record(ServiceChangeRules.Refer(proposal.Aggregate!, command.Committee,
            await AssuranceRuleBooks.ReadAsync(session, cancellation), EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
}
