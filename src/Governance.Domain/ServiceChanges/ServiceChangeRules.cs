using Governance.Domain.Boards;
using Governance.Domain.Common;

namespace Governance.Domain.ServiceChanges;

/// <summary>What may be recorded of a proposed change to services, and when it may be decided.</summary>
public static class ServiceChangeRules
{
    public static string Name(this AssuranceTest test) => test switch
    {
        AssuranceTest.PublicAndPatientEngagement => "public and patient engagement",
        AssuranceTest.PatientChoice => "patient choice",
        AssuranceTest.ClinicalEvidenceBase => "clinical evidence base",
        AssuranceTest.CommissionerSupport => "support from clinical commissioners",
        _ => "bed closures",
    };

    public static Decision<ServiceChangeProposed> Propose(string footprintId, string title, string description,
        IReadOnlyList<string> options, bool substantialVariation, bool closesBeds, string? planId, IReadOnlyList<string> sections,
        EffectiveDate on, Provenance provenance) =>
        Decision<ServiceChangeProposed>.Accept(new ServiceChangeProposed(footprintId, title.Trim(), description.Trim(),
            options.Select(o => o.Trim()).ToList(), substantialVariation, closesBeds, planId, sections, on, provenance));

    public static Decision<IServiceChangeEvent> AnswerTest(ServiceChangeProposal proposal, AssuranceTest test, bool applies,
        string text, EffectiveDate on, Provenance provenance) =>
        WhyClosed(proposal, on.Date) is { } why
            ? Decision<IServiceChangeEvent>.Reject(why)
            : Decision<IServiceChangeEvent>.Accept(applies
                ? new AssuranceEvidenceRecorded(test, text.Trim(), on, provenance)
                : new AssuranceTestNotApplicable(test, text.Trim(), on, provenance));

    public static Decision<ScrutinyCommitteeConsulted> ConsultScrutiny(ServiceChangeProposal proposal, string committee,
        string? response, EffectiveDate on, Provenance provenance) =>
        WhyClosed(proposal, on.Date) is { } why
            ? Decision<ScrutinyCommitteeConsulted>.Reject(why)
            : Decision<ScrutinyCommitteeConsulted>.Accept(
                new ScrutinyCommitteeConsulted(committee.Trim(), response?.Trim(), on, provenance));

    public static Decision<PublicConsultationOpened> OpenConsultation(ServiceChangeProposal proposal, DateOnly closes,
        IReadOnlyList<SourceDocument> documents, bool onOptions, EffectiveDate opensOn, Provenance provenance)
    {
        var opens = opensOn.Date;
        var why = WhyClosed(proposal, opens)
                  ?? (proposal.Consultation is { } held
                      ? $"A formal public consultation on '{proposal.Title}' is already recorded, from {held.Opens:yyyy-MM-dd} to {held.Closes:yyyy-MM-dd}."
                      : null)
                  ?? (closes <= opens ? $"A consultation that opens on {opens:yyyy-MM-dd} closes after it, not on {closes:yyyy-MM-dd}." : null);
        return why is not null
            ? Decision<PublicConsultationOpened>.Reject(why)
            : Decision<PublicConsultationOpened>.Accept(new PublicConsultationOpened(closes, documents, onOptions, opensOn, provenance));
    }

    public static Decision<ConsultationReportPublished> PublishReport(ServiceChangeProposal proposal, int responses,
        SourceDocument report, EffectiveDate on, Provenance provenance)
    {
        var why = WhyClosed(proposal, on.Date) ?? proposal.Consultation switch
        {
            null => $"No formal public consultation on '{proposal.Title}' is recorded, so there is no report to publish.",
            { Report: not null } held => $"The consultation's report was already published on {held.ReportPublishedOn:yyyy-MM-dd}.",
            { } held when on.Date <= held.Closes =>
                $"The consultation closes on {held.Closes:yyyy-MM-dd}; its report is published after that, not on {on.Date:yyyy-MM-dd}.",
            _ => null,
        };
        return why is not null
            ? Decision<ConsultationReportPublished>.Reject(why)
            : Decision<ConsultationReportPublished>.Accept(new ConsultationReportPublished(responses, report, on, provenance));
    }

    /// <summary>Decides the change by a resolution that stands, once its assurance under the rules in force on the
    /// decision's date is complete; the refusal names everything missing.</summary>
    public static Decision<ServiceChangeDecided> Decide(ServiceChangeProposal proposal, ApprovingDecision by,
        ResolutionStanding standing, AssuranceRuleBook rules, EffectiveDate on, Provenance provenance)
    {
        var why = WhyClosed(proposal, on.Date) ?? standing.WhyNot(by);
        if (why is not null) return Decision<ServiceChangeDecided>.Reject(why);

        var missing = Missing(proposal, rules, on.Date);
        return missing.Count > 0
            ? Decision<ServiceChangeDecided>.Reject(
                $"'{proposal.Title}' cannot be decided on {on.Date:yyyy-MM-dd}: {string.Join("; ", missing)}.")
            : Decision<ServiceChangeDecided>.Accept(new ServiceChangeDecided(by, [], on, provenance));
    }

    /// <summary>Records a decision already taken, entered afterwards from its papers: it is recorded as it happened,
    /// with whatever its assurance lacked kept beside it, never passed over.</summary>
    public static Decision<ServiceChangeDecided> RecordPastDecision(ServiceChangeProposal proposal, ApprovingDecision by,
        ResolutionStanding standing, AssuranceRuleBook rules, EffectiveDate on, Provenance provenance) =>
        (WhyClosed(proposal, on.Date) ?? standing.WhyNot(by)) is { } why
            ? Decision<ServiceChangeDecided>.Reject(why)
            : Decision<ServiceChangeDecided>.Accept(new ServiceChangeDecided(by, Missing(proposal, rules, on.Date), on, provenance));

    /// <summary>A committee that was consulted refers the proposal to the Secretary of State, while that power applies.</summary>
    public static Decision<ReferredToSecretaryOfState> Refer(ServiceChangeProposal proposal, string committee,
        AssuranceRuleBook rules, EffectiveDate on, Provenance provenance)
    {
        var why = (on.Date < proposal.ProposedOn ? BeforeProposed(proposal, on.Date) : null)
                  ?? rules.WhyNoReferral(on.Date)
                  ?? (proposal.Scrutiny.Any(s => s.Committee == committee.Trim() && s.On <= on.Date)
                      ? null
                      : $"{committee.Trim()} was not consulted on '{proposal.Title}' by {on.Date:yyyy-MM-dd}; only a consulted committee refers a proposal.");
        return why is not null
            ? Decision<ReferredToSecretaryOfState>.Reject(why)
            : Decision<ReferredToSecretaryOfState>.Accept(new ReferredToSecretaryOfState(committee.Trim(), on, provenance));
    }

    public static Decision<ReferralConcluded> ConcludeReferral(ServiceChangeProposal proposal, string outcome,
        EffectiveDate on, Provenance provenance) =>
        on.Date < proposal.ProposedOn
            ? Decision<ReferralConcluded>.Reject(BeforeProposed(proposal, on.Date))
            : proposal.Referrals.Count == 0
            ? Decision<ReferralConcluded>.Reject($"'{proposal.Title}' was not referred to the Secretary of State.")
            : proposal.ReferralOutcome is not null
                ? Decision<ReferralConcluded>.Reject($"The referral of '{proposal.Title}' already concluded: {proposal.ReferralOutcome}")
                : Decision<ReferralConcluded>.Accept(new ReferralConcluded(outcome.Trim(), on, provenance));

    /// <summary>What the proposal's assurance lacks on a date, under the rules in force on it.</summary>
    public static IReadOnlyList<string> Missing(ServiceChangeProposal proposal, AssuranceRuleBook rules, DateOnly on)
    {
        var missing = rules.InForceOn(on, proposal.ClosesBeds)
            .Where(rule => !proposal.Answers.Any(a => a.Test == rule.Test && a.On <= on))
            .Select(rule => $"no evidence for the {rule.Test.Name()} test (in force from {rule.From:yyyy-MM-dd}), nor a reason it does not apply")
            .ToList();
        if (proposal.SubstantialVariation && !proposal.Scrutiny.Any(s => s.On <= on))
            missing.Add("no consultation of the overview and scrutiny committee, which a substantial variation requires");
        // A consultation that opened after the day judged had not happened by then.
        switch (proposal.Consultation is { } consultation && consultation.Opens <= on ? consultation : null)
        {
            case null when proposal.SubstantialVariation:
                missing.Add("no formal public consultation, which a substantial variation requires");
                break;
            case { } held when on <= held.Closes:
                missing.Add($"the public consultation closes on {held.Closes:yyyy-MM-dd}");
                break;
            case { } held when held.ReportPublishedOn is not { } published || published > on:
                missing.Add("the consultation's report is not published");
                break;
        }

        return missing;
    }

    private static string? WhyClosed(ServiceChangeProposal proposal, DateOnly on) =>
        proposal.Decision is { } decided
            ? $"'{proposal.Title}' was decided on {decided.Effective.Date:yyyy-MM-dd}; its record is closed to new assurance and decisions."
            : on < proposal.ProposedOn ? BeforeProposed(proposal, on) : null;

    private static string BeforeProposed(ServiceChangeProposal proposal, DateOnly on) =>
        $"'{proposal.Title}' was proposed on {proposal.ProposedOn:yyyy-MM-dd}; nothing of it can be recorded on {on:yyyy-MM-dd}.";
}
