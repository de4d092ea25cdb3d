using Governance.Domain.ServiceChanges;
using static Governance.Specifications.ServiceChanges.GivenAServiceChange;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.ServiceChanges;

/// <summary>A formal public consultation: opened once, closed after it opens, and reported once it has closed.</summary>
public class consulting_the_public
{
    private const string ClosedSince15March =
        "'Riverside community beds' was decided on 2017-03-15; its record is closed to new assurance and decisions.";

    private static Func<ServiceChangeProposal, Decision<PublicConsultationOpened>> Open(DateOnly opens, DateOnly closes) =>
        proposal => ServiceChangeRules.OpenConsultation(proposal, closes, [ConsultationDocument], onOptions: true,
            EffectiveDate.OnDay(opens), Minutes);

    private static Func<ServiceChangeProposal, Decision<ConsultationReportPublished>> Publish(DateOnly on) =>
        proposal => ServiceChangeRules.PublishReport(proposal, 412, ConsultationReport, EffectiveDate.OnDay(on), Minutes);

    [Fact]
    public void a_consultation_opens_on_its_documents_and_says_when_it_closes() =>
        With().When(Open(Day(2017, 1, 20), Day(2017, 3, 1))).Then(ConsultationOpened());

    [Fact]
    public void a_consultation_may_open_on_the_day_the_change_is_proposed_and_close_the_next() =>
        With().When(Open(Day(2017, 1, 10), Day(2017, 1, 11)))
            .Then(ConsultationOpened(Day(2017, 1, 10), Day(2017, 1, 11)));

    [Fact]
    public void a_consultation_on_one_solution_says_so() =>
        With().When(proposal => ServiceChangeRules.OpenConsultation(proposal, Day(2017, 3, 1), [ConsultationDocument],
                onOptions: false, On(2017, 1, 20), Minutes))
            .Then(ConsultationOpened() with { OnOptions = false });

    [Fact]
    public void a_proposal_has_one_formal_public_consultation() =>
        With(ConsultationOpened()).When(Open(Day(2017, 4, 1), Day(2017, 5, 1)))
            .ThenRefused("A formal public consultation on 'Riverside community beds' is already recorded, from 2017-01-20 to 2017-03-01.");

    [Fact]
    public void a_consultation_does_not_close_on_the_day_it_opens() =>
        With().When(Open(Day(2017, 1, 20), Day(2017, 1, 20)))
            .ThenRefused("A consultation that opens on 2017-01-20 closes after it, not on 2017-01-20.");

    [Fact]
    public void a_consultation_does_not_close_before_it_opens() =>
        With().When(Open(Day(2017, 1, 20), Day(2017, 1, 19)))
            .ThenRefused("A consultation that opens on 2017-01-20 closes after it, not on 2017-01-19.");

    [Fact]
    public void a_consultation_does_not_open_before_the_change_was_proposed() =>
        With().When(Open(Day(2017, 1, 9), Day(2017, 3, 1)))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2017-01-09.");

    [Fact]
    public void a_consultation_does_not_open_on_a_change_already_decided() =>
        With(Decided(Day(2017, 3, 15))).When(Open(Day(2017, 4, 1), Day(2017, 5, 1))).ThenRefused(ClosedSince15March);

    [Fact]
    public void the_report_is_published_after_the_consultation_closes_with_how_many_responded() =>
        With(ConsultationOpened()).When(Publish(Day(2017, 3, 8))).Then(ReportPublished());

    [Fact]
    public void there_is_no_report_without_a_consultation() =>
        With().When(Publish(Day(2017, 3, 8)))
            .ThenRefused("No formal public consultation on 'Riverside community beds' is recorded, so there is no report to publish.");

    [Fact]
    public void the_report_is_published_once() =>
        With(ConsultationOpened(), ReportPublished()).When(Publish(Day(2017, 3, 20)))
            .ThenRefused("The consultation's report was already published on 2017-03-08.");

    [Fact]
    public void the_report_is_not_published_while_the_consultation_is_open() =>
        With(ConsultationOpened()).When(Publish(Day(2017, 2, 20)))
            .ThenRefused("The consultation closes on 2017-03-01; its report is published after that, not on 2017-02-20.");

    [Fact]
    public void the_report_is_not_published_before_the_change_was_proposed() =>
        With(ConsultationOpened()).When(Publish(Day(2017, 1, 1)))
            .ThenRefused("'Riverside community beds' was proposed on 2017-01-10; nothing of it can be recorded on 2017-01-01.");

    [Fact]
    public void the_report_is_not_published_into_a_record_already_decided() =>
        With(ConsultationOpened(), Decided(Day(2017, 3, 15))).When(Publish(Day(2017, 3, 20))).ThenRefused(ClosedSince15March);
}
