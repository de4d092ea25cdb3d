using Governance.Domain.SharedDecisions;
using Governance.Ledger.Footprints;
using Governance.Ledger.Footprints.Partners;
using Wolverine;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Puts one proposal to several partner organisations, each to ratify or decline through its own board, by a
/// deadline; the ratification rule is the one the footprint's arrangements set on the day. A decision still awaiting
/// ratification lapses when its deadline day ends.</summary>
/// <param name="Matter">Optional: a matter delegated to a joint committee in force, which then decides it alone.</param>
public sealed record ProposeSharedDecision(string Title, string Text, IReadOnlyList<string> RequiredPartners,
    string? Matter, DateOnly ProposedOn, DateOnly Deadline, RecordedFrom Source);

public static class ProposeSharedDecisionEndpoint
{
    public static ProblemDetails Validate(ProposeSharedDecision command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Title), command.Title, "Give the decision a title.");
        problems.Require(nameof(command.Text), command.Text, "Give the text of the proposal.");
        if (command.RequiredPartners is not { Count: > 0 })
            problems.Add(nameof(command.RequiredPartners), "Name the partners (organisation codes) that must decide.");
        problems.RequireDate(nameof(command.ProposedOn), command.ProposedOn, "Give the date it was proposed, as YYYY-MM-DD.");
        if (command.Deadline <= command.ProposedOn)
            problems.Add(nameof(command.Deadline), "The deadline comes after the proposal.");
        problems.Check(command.Source, nameof(command.Source));
    });

    public static Task<IResult> BeforeAsync(string id, ProposeSharedDecision command, IQuerySession session,
        HttpContext context, CancellationToken cancellation) =>
        OpenFootprint.AdmitAsync(session, context, id, command.ProposedOn, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/shared-decisions", OperationId = "ProposeSharedDecision")]
    public static async Task<IResult> Post(string id, ProposeSharedDecision command, IDocumentSession session,
        IMessageBus bus, HttpContext context, TimeProvider clock, CancellationToken cancellation)
    {
        var partners = await PartnersOnDate.ReadAsync(session, id, command.ProposedOn, cancellation);
        var arrangements = await SharedDecisionsRegistration.Arrangements.AsAtAsync(session,
            FootprintArrangements.StreamKey(id), new AsAtQuery(command.ProposedOn, null), cancellation);
        var draft = new SharedDecisionProposed(id, command.Title.Trim(), command.Text.Trim(),
            command.RequiredPartners.Select(p => p.Trim()).Distinct().ToList(), RatificationRule.EveryRequiredPartner,
            command.Deadline, null, EffectiveDate.OnDay(command.ProposedOn), command.Source.ToProvenance(context));
        var proposal = SharedDecisionRules.Propose(draft, command.Matter, arrangements, partners);

        var decisionId = Writes.NewId();
        var lapsesAt = LapseAtDeadline.DueAt(command.Deadline);
        if (proposal.Rejection is null && lapsesAt > clock.GetUtcNow())
            await bus.ScheduleAsync(new LapseAtDeadline(decisionId), lapsesAt);
        return Writes.Start<SharedDecision, SharedDecisionProposed>(session, "/api/shared-decisions", proposal, context, decisionId);
    }
}
