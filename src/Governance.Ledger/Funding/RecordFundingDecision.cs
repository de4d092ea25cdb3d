using Governance.Domain.Funding;

namespace Governance.Ledger.Funding;

/// <summary>What the centre decided of a bid.</summary>
public enum FundingDecisionKind
{
    ProvisionalAllocation,
    Confirmation,
    BusinessCaseApproval,
    Drawdown,
    Pause,
    Resumption,
    Withdrawal,
    Scrapping,
}

/// <summary>Records a national decision on a bid: a provisional allocation or a confirmed award (an amount, and why if
/// above the bid), the business case approved, money drawn down, funding paused or resumed, the bid withdrawn, the
/// scheme scrapped (with a reason).</summary>
public sealed record RecordFundingDecision(FundingDecisionKind? Decision, decimal? Amount, string? Reason, DateOnly On,
    long Version, RecordedFrom Source);

public static class RecordFundingDecisionEndpoint
{
    public static ProblemDetails Validate(RecordFundingDecision command) => RequestProblems.Check(problems =>
    {
        problems.CheckChange(nameof(command.On), command.On, command.Version, command.Source);
        problems.Require(nameof(command.Decision), command.Decision,
            "Name the decision: " + string.Join(", ", Enum.GetNames<FundingDecisionKind>()) + ".");
        if (command.Decision is FundingDecisionKind.ProvisionalAllocation or FundingDecisionKind.Confirmation
                or FundingDecisionKind.Drawdown && command.Amount is null)
            problems.Add(nameof(command.Amount), "Give the amount in pounds.");
        if (command.Decision is FundingDecisionKind.Pause or FundingDecisionKind.Withdrawal or FundingDecisionKind.Scrapping
            && string.IsNullOrWhiteSpace(command.Reason))
            problems.Add(nameof(command.Reason), "Say why.");
    });

    public static IResult Before(RecordFundingDecision command, IEventStream<Bid> bid, HttpContext context) =>
        Writes.Admit(bid, command.Version, context, BidProblems.Unknown, b => new WriteScope(b.FootprintId));

    [RecordsOnce]
    [WolverinePost("/api/bids/{id}/decisions", OperationId = "RecordFundingDecision")]
    public static IResult Post(RecordFundingDecision command, [Written] IEventStream<Bid> bid, HttpContext context)
    {
        var (on, provenance, amount, reason) = (EffectiveDate.OnDay(command.On), command.Source.ToProvenance(context),
            command.Amount ?? 0, command.Reason ?? "");
        return command.Decision!.Value switch
        {
            FundingDecisionKind.ProvisionalAllocation => bid.Record(FundingRules.Allocate(bid.Aggregate!, amount, false, command.Reason, on, provenance), context),
            FundingDecisionKind.Confirmation => bid.Record(FundingRules.Allocate(bid.Aggregate!, amount, true, command.Reason, on, provenance), context),
            FundingDecisionKind.BusinessCaseApproval => bid.Record(FundingRules.ApproveBusinessCase(bid.Aggregate!, on, provenance), context),
            FundingDecisionKind.Drawdown => bid.Record(FundingRules.DrawDown(bid.Aggregate!, amount, on, provenance), context),
            FundingDecisionKind.Pause => bid.Record(FundingRules.Pause(bid.Aggregate!, reason, on, provenance), context),
            FundingDecisionKind.Resumption => bid.Record(FundingRules.Resume(bid.Aggregate!, on, provenance), context),
            FundingDecisionKind.Withdrawal => bid.Record(FundingRules.Withdraw(bid.Aggregate!, reason, on, provenance), context),
            _ => bid.Record(FundingRules.Scrap(bid.Aggregate!, reason, on, provenance), context),
        };
    }
}
