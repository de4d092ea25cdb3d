using Governance.Domain.Common;

namespace Governance.Domain.ServiceChanges;

/// <summary>An event in a service-change proposal's own stream.</summary>
public interface IServiceChangeEvent : ILedgerEvent;

/// <param name="Options">The options put forward: one is a fixed solution, several a real choice.</param>
/// <param name="SubstantialVariation">A substantial variation in provision: the overview and scrutiny committee must be
/// consulted, and the public formally.</param>
/// <param name="ClosesBeds">Closes hospital beds: the bed test applies where it is in force.</param>
/// <param name="PlanId">The plan whose sections carry the change, if any.</param>
public sealed record ServiceChangeProposed(string FootprintId, string Title, string Description, IReadOnlyList<string> Options,
    bool SubstantialVariation, bool ClosesBeds, string? PlanId, IReadOnlyList<string> Sections, EffectiveDate Effective,
    Provenance Provenance) : IServiceChangeEvent;

/// <summary>Evidence that the proposal passes a test, from the document in the provenance.</summary>
public sealed record AssuranceEvidenceRecorded(AssuranceTest Test, string Evidence, EffectiveDate Effective,
    Provenance Provenance) : IServiceChangeEvent;

/// <summary>Why a test does not apply to this proposal, from the document in the provenance.</summary>
public sealed record AssuranceTestNotApplicable(AssuranceTest Test, string Reason, EffectiveDate Effective,
    Provenance Provenance) : IServiceChangeEvent;

/// <summary>The local authority's overview and scrutiny committee was consulted, and what it said.</summary>
public sealed record ScrutinyCommitteeConsulted(string Committee, string? Response, EffectiveDate Effective,
    Provenance Provenance) : IServiceChangeEvent;

/// <summary>A formal public consultation opened on its effective date: when it closes, on what documents, and whether
/// on options or on one solution.</summary>
public sealed record PublicConsultationOpened(DateOnly Closes, IReadOnlyList<SourceDocument> Documents, bool OnOptions,
    EffectiveDate Effective, Provenance Provenance) : IServiceChangeEvent;

/// <summary>The consultation's report, how many responded, and when it was published.</summary>
public sealed record ConsultationReportPublished(int Responses, SourceDocument Report, EffectiveDate Effective,
    Provenance Provenance) : IServiceChangeEvent;

/// <summary>The change was decided by a resolution that passed and stands. <paramref name="Gaps"/> is empty for a
/// decision the ledger admitted; a decision entered afterwards from the papers keeps what its assurance lacked.</summary>
public sealed record ServiceChangeDecided(ApprovingDecision By, IReadOnlyList<string> Gaps, EffectiveDate Effective,
    Provenance Provenance) : IServiceChangeEvent;

/// <summary>The committee referred the proposal to the Secretary of State.</summary>
public sealed record ReferredToSecretaryOfState(string Committee, EffectiveDate Effective, Provenance Provenance)
    : IServiceChangeEvent;

/// <summary>What came of a referral.</summary>
public sealed record ReferralConcluded(string Outcome, EffectiveDate Effective, Provenance Provenance) : IServiceChangeEvent;
