using Governance.Domain.Funding;
using Governance.Ledger.Boards;
using Governance.Ledger.Footprints;
using Governance.Ledger.Plans;

namespace Governance.Ledger.Funding;

/// <summary>Records a bid for national money through the footprint: the scheme, its sponsoring organisations, the amount
/// asked in pounds, the fund and its route (capital, or transformation funding from 1 April 2017); and, where there are,
/// the resolution that sponsored it and the plan section it funds.</summary>
public sealed record SubmitBid(string Scheme, IReadOnlyList<string> Sponsors, decimal AmountAsked, string Fund,
    FundingRoute? Route, ApprovingDecision? SponsoredBy, string? PlanId, string? Section, DateOnly SubmittedOn,
    RecordedFrom Source);

public static class SubmitBidEndpoint
{
    public static ProblemDetails Validate(SubmitBid command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Scheme), command.Scheme, "Name the scheme.");
        problems.Require(nameof(command.Fund), command.Fund, "Name the fund bid to (STP capital wave 2, the Sustainability and Transformation Fund).");
        problems.Require(nameof(command.Route), command.Route, "Say which route the bid goes by: Capital or Transformation.");
        problems.RequireDate(nameof(command.SubmittedOn), command.SubmittedOn, "Give the date it was submitted, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
        if (command.Sponsors is not { Count: > 0 } || command.Sponsors.Any(string.IsNullOrWhiteSpace))
            problems.Add(nameof(command.Sponsors), "Name the sponsoring organisations.");
    });

    public static Task<IResult> BeforeAsync(string footprintId, SubmitBid command, IQuerySession session, HttpContext context,
        CancellationToken cancellation) =>
        OpenFootprint.AdmitAsync(session, context, footprintId, command.SubmittedOn, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{footprintId}/bids", OperationId = "SubmitBid")]
    public static async Task<IResult> Post(string footprintId, SubmitBid command, IDocumentSession session, HttpContext context,
        CancellationToken cancellation)
    {
        var planId = string.IsNullOrWhiteSpace(command.PlanId) ? null : command.PlanId.Trim();
        var plan = planId is null ? null : await FootprintPlans.FindAsync(session, planId, footprintId, cancellation);
        if (planId is not null && plan is null) return FootprintPlans.NotOf(footprintId, planId);
        if (command.Section is { } section && plan?.Sections.Any(s => s.Key == section) != true)
            return RequestProblems.Rejected(plan is null ? "Name the plan whose section the bid funds." : $"Plan {planId} has no section '{section}'.");
        if (command.SponsoredBy is { } sponsor &&
            (await CitedResolutions.StandingAsync(session, sponsor, new Citing(footprintId, command.SubmittedOn), context.User, cancellation)).WhyNot(sponsor) is { } why)
            return RequestProblems.Rejected(why);

        return Writes.Start<Bid, BidSubmitted>(session, "/api/bids", FundingRules.Submit(footprintId, command.Scheme,
            command.Sponsors, command.AmountAsked, command.Fund, command.Route!.Value, command.SponsoredBy, planId, command.Section,
            EffectiveDate.OnDay(command.SubmittedOn), command.Source.ToProvenance(context)), context);
    }
}
