using Governance.Domain.Boards;
using Governance.Domain.ServiceChanges;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>
/// A change proposed in footprint QWE on 10 January 2017: a substantial variation that closes beds. Fully assured, it
/// has evidence for the four tests on 1 February, its scrutiny committee consulted on 15 February, and a public
/// consultation from 20 January to 1 March whose report was published on 8 March. The proposal, the committee and the
/// papers are invented; the national rules it is judged by are real dates and sources, used here as test data (from
/// reference/service_change_assurance.csv): the four tests from 21 May 2010, the bed test from 1 April 2017, and the
/// committees' power of referral from 1 April 2013 until SI 2024/16 removed it on 31 January 2024.
/// </summary>
public static class GivenAServiceChange
{
    public const string Title = "Riverside community beds";

    public const string Committee = "Riverside Health Scrutiny Committee";

    public static readonly ResolutionStanding Stands = new ResolutionStanding.Stands();

    public static readonly ApprovingDecision BoardResolution = new("board-ccg", "2017/21");

    public static readonly ServiceChangeProposed Proposed = new("QWE", Title, "Move twenty community beds into care at home.",
        new List<string> { "Close ward 4", "Keep ward 4 and add a home team" }, SubstantialVariation: true, ClosesBeds: true, "plan-1",
        ["priorities"], On(2017, 1, 10), Minutes);

    public static Given<ServiceChangeProposal> With(params IServiceChangeEvent[] later) => Of(Proposed, later);

    public static Given<ServiceChangeProposal> Of(ServiceChangeProposed proposed, params IServiceChangeEvent[] later) =>
        new(History.Fold<ServiceChangeProposal, ServiceChangeProposed, IServiceChangeEvent>(proposed, later));

    /// <summary>The footprint a change is proposed in, before there is any record of it.</summary>
    public static Given<string> InTheFootprint => new("QWE");

    public static Provenance From(string reference) => Minutes with { Source = new SourceDocument(reference) };

    public static readonly Provenance BusinessCase = From("Riverside pre-consultation business case");

    public static EffectiveDate OnThe(DateOnly day) => EffectiveDate.OnDay(day);

    public static readonly AssuranceTest[] FourTests =
    [
        AssuranceTest.PublicAndPatientEngagement, AssuranceTest.PatientChoice, AssuranceTest.ClinicalEvidenceBase,
        AssuranceTest.CommissionerSupport,
    ];

    public static AssuranceEvidenceRecorded Evidence(AssuranceTest test, DateOnly? on = null) =>
        new(test, $"The business case on {test.Name()}.", OnThe(on ?? Day(2017, 2, 1)), BusinessCase);

    public static AssuranceTestNotApplicable NotApplicable(AssuranceTest test, DateOnly? on = null) =>
        new(test, "No bed closes until the home team is in place.", OnThe(on ?? Day(2017, 2, 1)), BusinessCase);

    public static IServiceChangeEvent[] EvidenceForTheFourTests => [.. FourTests.Select(test => Evidence(test))];

    public static ScrutinyCommitteeConsulted Consulted(string committee = Committee, DateOnly? on = null) =>
        new(committee, "Content with option 2.", OnThe(on ?? Day(2017, 2, 15)), Minutes);

    public static readonly SourceDocument ConsultationDocument = new("Riverside consultation document");

    public static readonly SourceDocument ConsultationReport = new("Riverside consultation report");

    public static PublicConsultationOpened ConsultationOpened(DateOnly? opens = null, DateOnly? closes = null) =>
        new(closes ?? Day(2017, 3, 1), [ConsultationDocument], OnOptions: true, OnThe(opens ?? Day(2017, 1, 20)), Minutes);

    public static ConsultationReportPublished ReportPublished(DateOnly? on = null) =>
        new(412, ConsultationReport, OnThe(on ?? Day(2017, 3, 8)), Minutes);

    /// <summary>Everything a substantial variation needs under the four tests, complete by 8 March 2017.</summary>
    public static IServiceChangeEvent[] Assured => [.. EvidenceForTheFourTests, Consulted(), ConsultationOpened(), ReportPublished()];

    public static ServiceChangeDecided Decided(DateOnly on) => new(BoardResolution, [], OnThe(on), Minutes);

    /// <summary>A decision entered afterwards from its papers, with the gaps the ledger listed for it.</summary>
    public static ServiceChangeDecided DecidedFromPapers(DateOnly on, params string[] gaps) =>
        new(BoardResolution, new List<string>(gaps), OnThe(on), Minutes);

    public static ReferredToSecretaryOfState Referred(DateOnly on, string committee = Committee) => new(committee, OnThe(on), Minutes);

    public const string Outcome = "Referred back to the CCG for local resolution.";

    public static ReferralConcluded Concluded(DateOnly on) => new(Outcome, OnThe(on), Minutes);

    // The national rules, as test data from their real sources.
    public const string FourTestsSource =
        "https://www.healthpolicyinsight.com/editors-blog-friday-21-may-2010--lansleys-four-tests-for-nhs-service-changes---only-one-is-empirically-measurable/";

    public const string BedTestSource = "https://www.england.nhs.uk/2017/03/new-patient-care-test/";

    public const string ReferralSource = "http://legislation.data.gov.uk/uksi/2013/218/made/data.htm?wrap=true";

    public const string RemovalSource = "https://legislation.gov.uk/uksi/2024/16/note/made/data.xht";

    public static AssuranceTestAdopted Adopted(AssuranceTest test, DateOnly from, string source) =>
        new(test, $"The {test.Name()} test.", OnThe(from), From(source));

    public static IAssuranceRuleEvent[] FourTestsFrom2010 => [.. FourTests.Select(test => Adopted(test, Day(2010, 5, 21), FourTestsSource))];

    public static AssuranceTestAdopted BedTestFrom2017 => Adopted(AssuranceTest.BedClosures, Day(2017, 4, 1), BedTestSource);

    public static ReferralPowerGranted ReferralGranted(DateOnly? from = null) =>
        new("Regulation 23(9) of SI 2013/218.", OnThe(from ?? Day(2013, 4, 1)), From(ReferralSource));

    public static ReferralPowerRemoved ReferralRemoved(DateOnly? from = null) =>
        new("SI 2024/16 removes regulation 23(9).", OnThe(from ?? Day(2024, 1, 31)), From(RemovalSource));

    public static AssuranceRuleBook Rules(params IAssuranceRuleEvent[] events) => AssuranceRuleBook.From(events);

    /// <summary>The four tests, the bed test, and the power of referral with its end.</summary>
    public static AssuranceRuleBook NationalRules => Rules([.. FourTestsFrom2010, BedTestFrom2017, ReferralGranted(), ReferralRemoved()]);

    public static readonly AssuranceRuleBook NoRules = Rules();
}
