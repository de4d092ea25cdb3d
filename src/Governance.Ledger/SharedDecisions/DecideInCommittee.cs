using Governance.Ledger.Boards;
using Governance.Domain.Plans;
using Governance.Domain.SharedDecisions;
using Governance.Ledger.Plans;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records the joint committee's decision on a matter delegated to it: a resolution of its own body that
/// passed puts the shared decision into effect that day, with no ratification by the partners.</summary>
public sealed record DecideInCommittee(ApprovingDecision Resolution, DateOnly On, long Version, RecordedFrom Source);

public static class DecideInCommitteeEndpoint
{
    public static ProblemDetails Validate(DecideInCommittee command) => RequestProblems.Check(problems =>
    {
        if (command.Resolution is null || string.IsNullOrWhiteSpace(command.Resolution.BodyId)
                                      || string.IsNullOrWhiteSpace(command.Resolution.Resolution))
            problems.Add(nameof(command.Resolution), "Name the joint committee's resolution: its body id and number.");
        problems.CheckChange(nameof(command.On), command.On, command.Version, command.Source);
    });

    [RecordsOnce]
    [WolverinePost("/api/shared-decisions/{id}/committee-decision", OperationId = "DecideInCommittee")]
    public static async Task<IResult> Post(string id, DecideInCommittee command, IDocumentSession session, IMessageBus bus,
        HttpContext context, CancellationToken cancellation)
    {
        var footprint = (await session.LoadAsync<SharedDecisionListing>(id, cancellation))?.FootprintId;
        var whyNot = await CitedResolutions.WhyNotStandingAsync(session, command.Resolution, footprint, context.User, cancellation);
        return await SharedDecisionWrites.RecordAsync(session, bus, id, command.Version, context, decision =>
            SharedDecisionRules.DecideInCommittee(decision, command.Resolution, whyNot, EffectiveDate.OnDay(command.On),
                command.Source.ToProvenance(context)), cancellation);
    }
}
