using Governance.Domain.Common;

namespace Governance.Domain.ServiceChanges;

/// <summary>A test answered for a proposal: by evidence, or by a sourced reason why it does not apply.</summary>
public sealed record TestAnswer(AssuranceTest Test, bool Applies, string Text, DateOnly On, SourceDocument Source);

/// <summary>A formal public consultation as recorded: its dates, whether on options, and its report once published.</summary>
public sealed record Consultation(DateOnly Opens, DateOnly Closes, IReadOnlyList<SourceDocument> Documents, bool OnOptions,
    int? Responses, SourceDocument? Report, DateOnly? ReportPublishedOn);

public sealed record ScrutinyConsultation(string Committee, string? Response, DateOnly On);

/// <summary>A proposed change to services, and the evidence that it was earned, as folded from its stream.</summary>
public sealed record ServiceChangeProposal(
    string Id, string FootprintId, string Title, string Description, IReadOnlyList<string> Options, bool SubstantialVariation,
    bool ClosesBeds, string? PlanId, IReadOnlyList<string> Sections, DateOnly ProposedOn, IReadOnlyList<TestAnswer> Answers,
    IReadOnlyList<ScrutinyConsultation> Scrutiny, Consultation? Consultation, ServiceChangeDecided? Decision,
    IReadOnlyList<string> Referrals, string? ReferralOutcome)
    : IFoldedFrom<ServiceChangeProposal, ServiceChangeProposed, IServiceChangeEvent>
{
    public static ServiceChangeProposal Begin(string id, ServiceChangeProposed first) =>
        new(id, first.FootprintId, first.Title, first.Description, first.Options, first.SubstantialVariation,
            first.ClosesBeds, first.PlanId, first.Sections, first.Effective.Date, [], [], null, null, [], null);

    public ServiceChangeProposal After(IServiceChangeEvent change) => change switch
    {
        AssuranceEvidenceRecorded e => this with
        {
            Answers = [.. Answers, new TestAnswer(e.Test, true, e.Evidence, e.Effective.Date, e.Provenance.Source)],
        },
        AssuranceTestNotApplicable e => this with
        {
            Answers = [.. Answers, new TestAnswer(e.Test, false, e.Reason, e.Effective.Date, e.Provenance.Source)],
        },
        ScrutinyCommitteeConsulted e => this with { Scrutiny = [.. Scrutiny, new(e.Committee, e.Response, e.Effective.Date)] },
        PublicConsultationOpened e => this with
        {
            Consultation = new Consultation(e.Effective.Date, e.Closes, e.Documents, e.OnOptions, null, null, null),
        },
        ConsultationReportPublished e when Consultation is not null => this with
        {
            Consultation = Consultation with { Responses = e.Responses, Report = e.Report, ReportPublishedOn = e.Effective.Date },
        },
        ServiceChangeDecided e => this with { Decision = e },
        ReferredToSecretaryOfState e => this with { Referrals = [.. Referrals, e.Committee] },
        ReferralConcluded e => this with { ReferralOutcome = e.Outcome },
        _ => this,
    };

    public DateOnly? DecidedOn => Decision?.Effective.Date;
}
