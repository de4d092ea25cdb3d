using Governance.Domain.ServiceChanges;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Infrastructure.Security;
using Governance.Ledger.Engagement;
using Marten.Events;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.ServiceChanges;

/// <summary>Which proposals there are, for which footprint.</summary>
public sealed record ServiceChangeListing(string Id, string FootprintId, string Title, DateOnly ProposedOn);

public sealed partial class ServiceChangeListingsProjection : Marten.Events.Projections.EventProjection
{
    public ServiceChangeListing Create(IEvent<ServiceChangeProposed> e) =>
        new(e.StreamKey!, e.Data.FootprintId, e.Data.Title, e.Data.Effective.Date);
}

/// <summary>A test in force on the date read, and how the proposal answered it by then.</summary>
/// <param name="Applies">True for evidence, false for a reason it does not apply, null while unanswered.</param>
public sealed record TestStatus(AssuranceTest Test, string Name, DateOnly InForceFrom, string RuleSource, bool? Applies,
    string? Answer, DateOnly? AnsweredOn, SourceDocument? AnswerSource);

/// <summary>A proposed service change as at a date: its assurance test by test under the rules in force that day, its
/// scrutiny, consultation and decision, what it still lacks (or, once decided from papers, lacked), and the measures
/// the sources care about.</summary>
public sealed record ServiceChangeView(string Id, string FootprintId, string Title, string Description,
    IReadOnlyList<string> Options, bool SubstantialVariation, bool ClosesBeds, string? PlanId, IReadOnlyList<string> Sections,
    DateOnly ProposedOn, IReadOnlyList<TestStatus> Assurance, IReadOnlyList<ScrutinyConsultation> Scrutiny,
    Consultation? Consultation, int? ConsultationDays, ServiceChangeDecided? Decision, int? DaysFromProposalToDecision,
    DateOnly? FirstEngagedOn, int? DaysFromFirstEngagementToDecision, IReadOnlyList<string> Lacking,
    IReadOnlyList<string> Referrals, string? ReferralOutcome, DateOnly AsOf, long Version)
{
    /// <param name="firstEngagedOn">The first engagement recorded about the proposal, by the date read.</param>
    public static ServiceChangeView Of(ServiceChangeProposal p, AssuranceRuleBook rules, DateOnly? firstEngagedOn,
        DateOnly asOf, long version)
    {
        var judgedOn = p.DecidedOn ?? asOf;
        var assurance = rules.InForceOn(judgedOn, p.ClosesBeds).Select(rule =>
        {
            var answer = p.Answers.LastOrDefault(a => a.Test == rule.Test && a.On <= judgedOn);
            return new TestStatus(rule.Test, rule.Test.Name(), rule.From, rule.Source, answer?.Applies, answer?.Text,
                answer?.On, answer?.Source);
        }).ToList();
        return new ServiceChangeView(p.Id, p.FootprintId, p.Title, p.Description, p.Options, p.SubstantialVariation,
            p.ClosesBeds, p.PlanId, p.Sections, p.ProposedOn, assurance, p.Scrutiny, p.Consultation,
            p.Consultation is { } c ? c.Closes.DayNumber - c.Opens.DayNumber : null, p.Decision,
            p.DecidedOn is { } decided ? decided.DayNumber - p.ProposedOn.DayNumber : null, firstEngagedOn,
            p.DecidedOn is { } on && firstEngagedOn is { } engaged ? on.DayNumber - engaged.DayNumber : null,
            p.Decision?.Gaps ?? ServiceChangeRules.Missing(p, rules, asOf), p.Referrals, p.ReferralOutcome, asOf, version);
    }
}

public static class GetServiceChange
{
    /// <summary>A proposed service change as at a date: each assurance test in force then (on its decision's date, once
    /// decided) and how it was answered, the scrutiny committee's consultation, the public consultation, the decision,
    /// and what its assurance lacks; as the ledger knew it at <c>knownAt</c>.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/service-changes/{id}", OperationId = "GetServiceChange")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var events = await record.StreamAsync(id, cancellation);
        if (events.Count == 0) return ServiceChangeProblems.Unknown(id);
        var proposal = ServiceChangesRegistration.Proposals.Fold(id, record.Counted(events));
        return proposal is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not proposed by then",
                detail: $"Service change {id} had not been proposed (or recorded) by then.")
            : VersionedRead.Ok(ServiceChangeView.Of(proposal, await AssuranceRuleBooks.ReadAsync(record.Session, cancellation),
                await FirstEngagedOnAsync(record, id, record.AsOf, cancellation), record.AsOf, events.Count), events.Count);
    }

    private static async Task<DateOnly?> FirstEngagedOnAsync(RecordReader record, string proposalId, DateOnly asOf,
        CancellationToken cancellation)
    {
        var held = await record.Listings<EngagementListing>().Where(l => l.ProposalId == proposalId && l.HeldOn <= asOf)
            .Select(l => l.HeldOn).ToListAsync(cancellation);
        return held.Count == 0 ? null : held.Min();
    }
}

public static class GetFootprintServiceChanges
{
    /// <summary>A footprint's proposed service changes, in the order they were proposed.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{footprintId}/service-changes", OperationId = "ListServiceChanges")]
    public static async Task<IReadOnlyList<ServiceChangeListing>> Get(string footprintId, RecordReader record,
        CancellationToken cancellation) =>
        await record.Listings<ServiceChangeListing>().Where(l => l.FootprintId == footprintId).OrderBy(l => l.ProposedOn)
            .ToListAsync(cancellation);
}

/// <summary>A test as the national rules set it, and since when.</summary>
public sealed record RuleInForce(AssuranceTest Test, string Name, DateOnly From, string Source);

/// <summary>The national rules for service change in force on a date.</summary>
public sealed record AssuranceRulesView(DateOnly On, IReadOnlyList<RuleInForce> Tests, IReadOnlyList<RuleInForce> TestsForBedClosures,
    ReferralPower? Referral, bool ReferralPossible);

public static class GetAssuranceRules
{
    public static ProblemDetails Validate(string? on) => AsAtQuery.Check(on, null);

    /// <summary>The national rules for service change in force on a date: the tests every proposal must answer, the
    /// further test for one that closes beds, and whether a committee could refer a proposal to the Secretary of State.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/service-change-rules", OperationId = "GetAssuranceRules")]
    public static async Task<AssuranceRulesView> Get(string? on, RecordReader record, TimeProvider clock,
        CancellationToken cancellation)
    {
        var day = AsAtQuery.Parse(on, null, clock).AsOf;
        var rules = await AssuranceRuleBooks.ReadAsync(record.Session, cancellation);
        RuleInForce View(AssuranceRule r) => new(r.Test, r.Test.Name(), r.From, r.Source);
        return new AssuranceRulesView(day, rules.InForceOn(day, closesBeds: false).Select(View).ToList(),
            rules.InForceOn(day, closesBeds: true).Select(View).ToList(), rules.Referral, rules.WhyNoReferral(day) is null);
    }
}

/// <summary>A change to services decided with its assurance incomplete, and what it lacked.</summary>
public sealed record IncompleteAssurance(string Id, string FootprintId, string Title, DateOnly DecidedOn,
    ApprovingDecision DecidedBy, IReadOnlyList<string> Lacked, SourceDocument Source);

public static class GetIncompleteAssurance
{
    /// <summary>For auditors: every change to services decided with its assurance incomplete (entered from its papers
    /// after the event), with what it lacked under the rules in force on its decision's date.</summary>
    [Authorize(Policy = LedgerRoles.AuditorPolicy)]
    [WolverineGet("/api/audit/service-changes", OperationId = "ListIncompleteAssurance")]
    public static async Task<IReadOnlyList<IncompleteAssurance>> Get(RecordReader record, CancellationToken cancellation)
    {
        var decisions = await record.Log().Where(e => e.EventTypesAre(typeof(ServiceChangeDecided)))
            .ToListAsync(cancellation);
        var listings = await record.Session.LoadManyAsync<ServiceChangeListing>(cancellation, decisions.Select(e => e.StreamKey!).Distinct());
        return decisions.Where(e => ((ServiceChangeDecided)e.Data).Gaps.Count > 0)
            .Join(listings, e => e.StreamKey, l => l.Id, (e, l) => (Event: (ServiceChangeDecided)e.Data, Listing: l))
            .Select(x => new IncompleteAssurance(x.Listing.Id, x.Listing.FootprintId, x.Listing.Title, x.Event.Effective.Date,
                x.Event.By, x.Event.Gaps, x.Event.Provenance.Source))
            .OrderBy(x => x.DecidedOn).ToList();
    }
}
