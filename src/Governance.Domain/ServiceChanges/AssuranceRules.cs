namespace Governance.Domain.ServiceChanges;

/// <summary>A test a proposed change to services must pass before it is decided.</summary>
public enum AssuranceTest
{
    /// <summary>Strong public and patient engagement (the four tests, 2010).</summary>
    PublicAndPatientEngagement,

    /// <summary>Consistency with current and prospective need for patient choice (the four tests, 2010).</summary>
    PatientChoice,

    /// <summary>A clear clinical evidence base (the four tests, 2010).</summary>
    ClinicalEvidenceBase,

    /// <summary>Support from clinical commissioners (the four tests, 2010).</summary>
    CommissionerSupport,

    /// <summary>Significant bed closures meet one of three conditions (from 1 April 2017).</summary>
    BedClosures,
}

/// <summary>A national rule for service change and the dates it applied, from the sourced reference history.</summary>
/// <param name="Until">The last day it applied; null while it still does.</param>
public sealed record AssuranceRule(AssuranceTest Test, DateOnly From, DateOnly? Until, string Source)
{
    public bool InForceOn(DateOnly day) => From <= day && (Until is null || day <= Until);
}

/// <summary>When overview and scrutiny committees could refer a proposal to the Secretary of State.</summary>
public sealed record ReferralPower(DateOnly From, DateOnly? Until, string Source)
{
    public bool InForceOn(DateOnly day) => From <= day && (Until is null || day <= Until);
}

/// <summary>The national rules as recorded: which tests applied on a given day, to a change that does or does not
/// close beds, and when a committee could refer a proposal.</summary>
public sealed record AssuranceRuleBook(IReadOnlyList<AssuranceRule> Rules, ReferralPower? Referral)
{
    /// <summary>The rules as their events record them.</summary>
    public static AssuranceRuleBook From(IEnumerable<IAssuranceRuleEvent> events) =>
        events.Aggregate(new AssuranceRuleBook([], null), (book, e) => e switch
        {
            AssuranceTestAdopted adopted => book with
            {
                Rules = [.. book.Rules, new AssuranceRule(adopted.Test, adopted.Effective.Date, null, adopted.Provenance.Source.Reference)],
            },
            ReferralPowerGranted granted => book with
            {
                Referral = new ReferralPower(granted.Effective.Date, null, granted.Provenance.Source.Reference),
            },
            ReferralPowerRemoved removed when book.Referral is not null => book with
            {
                Referral = book.Referral with { Until = removed.Effective.Date.AddDays(-1) },
            },
            _ => book,
        });

    public IReadOnlyList<AssuranceRule> InForceOn(DateOnly day, bool closesBeds) =>
        Rules.Where(rule => rule.InForceOn(day) && (closesBeds || rule.Test != AssuranceTest.BedClosures))
            .OrderBy(rule => rule.Test).ToList();

    public string? WhyNoReferral(DateOnly day) => Referral switch
    {
        null => "The ledger holds no record of a power to refer proposals to the Secretary of State.",
        { } power when power.InForceOn(day) => null,
        { } power => $"No committee could refer a proposal to the Secretary of State on {day:yyyy-MM-dd}: the power applied from " +
                     $"{power.From:yyyy-MM-dd}" + (power.Until is { } until ? $" until {until:yyyy-MM-dd}" : "") + $" ({power.Source}).",
    };
}
