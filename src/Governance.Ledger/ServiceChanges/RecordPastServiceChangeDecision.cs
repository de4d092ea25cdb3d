using Governance.Domain.ServiceChanges;
using Governance.Ledger.Boards;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Records a decision already taken, entered afterwards from its papers (a change approved in 2017 before the
/// ledger held its consultation): recorded as it happened, with what its assurance lacked kept beside it and reported
/// to auditors.</summary>
public sealed record RecordPastServiceChangeDecision(ApprovingDecision DecidedBy, DateOnly On, long Version, RecordedFrom Source)
    : IServiceChangeCommand;

public static class RecordPastServiceChangeDecisionEndpoint
{
    public static ProblemDetails Validate(RecordPastServiceChangeDecision command) => ServiceChange.Check(command, problems =>
        problems.RequireResolution(command.DecidedBy, nameof(command.DecidedBy)));

    public static IResult Before(RecordPastServiceChangeDecision command, IEventStream<ServiceChangeProposal> proposal,
        HttpContext context) =>
        ServiceChange.Admit(proposal, command, context);

    [RecordsOnce]
    [WolverinePost("/api/service-changes/{id}/decision-from-papers", OperationId = "RecordPastServiceChangeDecision")]
    public static async Task<IResult> Post(RecordPastServiceChangeDecision command,
        [Written] IEventStream<ServiceChangeProposal> proposal, IQuerySession session, HttpContext context,
        CancellationToken cancellation)
    {
        var standing = await CitedResolutions.StandingAsync(session, command.DecidedBy,
            new Citing(proposal.Aggregate!.FootprintId, command.On, proposal.Aggregate!.ProposedOn), context.User, cancellation);
        return proposal.Record(ServiceChangeRules.RecordPastDecision(proposal.Aggregate!, command.DecidedBy, standing,
            await AssuranceRuleBooks.ReadAsync(session, cancellation), EffectiveDate.OnDay(command.On),
            command.Source.ToProvenance(context)), context);
    }
}
