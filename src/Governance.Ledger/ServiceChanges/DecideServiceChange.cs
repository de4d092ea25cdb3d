using Governance.Domain.ServiceChanges;
using Governance.Ledger.Boards;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records the decision to make the change, by a resolution that passed and stands. Refused, naming everything
/// missing, until its assurance is complete under the rules in force on the decision's date.</summary>
public sealed record DecideServiceChange(ApprovingDecision DecidedBy, DateOnly On, long Version, RecordedFrom Source)
    : IServiceChangeCommand;

public static class DecideServiceChangeEndpoint
{
    public static ProblemDetails Validate(DecideServiceChange command) => ServiceChange.Check(command, problems =>
        problems.RequireResolution(command.DecidedBy, nameof(command.DecidedBy)));

    public static IResult Before(DecideServiceChange command, IEventStream<ServiceChangeProposal> proposal, HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/decision", OperationId = "DecideServiceChange")]
    public static async Task<IResult> Post(DecideServiceChange command, [Written] IEventStream<ServiceChangeProposal> proposal,
        IQuerySession session, HttpContext context, CancellationToken cancellation)
    {
        var standing = await CitedResolutions.StandingAsync(session, command.DecidedBy,
            new Citing(proposal.Aggregate!.FootprintId, command.On, proposal.Aggregate!.ProposedOn), context.User, cancellation);
        return proposal.Record(ServiceChangeRules.Decide(proposal.Aggregate!, command.DecidedBy, standing,
            await AssuranceRuleBooks.ReadAsync(session, cancellation), EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
    }
}
