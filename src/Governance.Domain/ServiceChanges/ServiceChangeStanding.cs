namespace Governance.Domain.ServiceChanges;

/// <summary>What the ledger knows of the service change a plan amendment carries, on the day the amendment would be
/// approved: a change to services goes into a plan only once it was decided.</summary>
public abstract record ServiceChangeStanding
{
    public sealed record Decided : ServiceChangeStanding;

    /// <param name="Lacking">What its assurance lacks on the day, under the rules in force then.</param>
    public sealed record Undecided(string Title, IReadOnlyList<string> Lacking) : ServiceChangeStanding;

    public sealed record Unknown(string Id) : ServiceChangeStanding;

    public static ServiceChangeStanding Of(string id, ServiceChangeProposal? proposal, AssuranceRuleBook rules, DateOnly on) =>
        proposal switch
        {
            null => new Unknown(id),
            { DecidedOn: { } decided } when decided <= on => new Decided(),
            _ => new Undecided(proposal.Title, ServiceChangeRules.Missing(proposal, rules, on)),
        };

    /// <summary>Why the amendment cannot be approved on the day; null once the change was decided.</summary>
    public string? WhyNot(string amendmentId, DateOnly on) => this switch
    {
        Decided => null,
        Undecided { Lacking.Count: 0 } undecided =>
            $"Amendment {amendmentId} carries the service change '{undecided.Title}', which was not decided by {on:yyyy-MM-dd}.",
        Undecided undecided =>
            $"Amendment {amendmentId} carries the service change '{undecided.Title}', which was not decided by {on:yyyy-MM-dd}: " +
            $"{string.Join("; ", undecided.Lacking)}.",
        Unknown unknown => $"Amendment {amendmentId} carries service change {unknown.Id}, which the ledger does not hold.",
        _ => $"Amendment {amendmentId} carries a service change the ledger cannot judge.",
    };
}
