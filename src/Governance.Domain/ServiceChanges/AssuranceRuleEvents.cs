using Governance.Domain.Common;

namespace Governance.Domain.ServiceChanges;

/// <summary>An event in the stream of national rules for service change (reference history).</summary>
public interface IAssuranceRuleEvent : ILedgerEvent;

/// <summary>A test applied to service changes from its effective date.</summary>
/// <param name="Rule">The rule as its source states it.</param>
public sealed record AssuranceTestAdopted(AssuranceTest Test, string Rule, EffectiveDate Effective, Provenance Provenance)
    : IAssuranceRuleEvent;

/// <summary>Overview and scrutiny committees could refer proposals to the Secretary of State from the effective date.</summary>
public sealed record ReferralPowerGranted(string Rule, EffectiveDate Effective, Provenance Provenance) : IAssuranceRuleEvent;

/// <summary>The power of referral ended: the effective date is the first day without it.</summary>
public sealed record ReferralPowerRemoved(string Rule, EffectiveDate Effective, Provenance Provenance) : IAssuranceRuleEvent;
