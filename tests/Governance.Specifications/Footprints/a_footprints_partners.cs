using Governance.Domain.Footprints;
using static Governance.Specifications.Footprints.GivenPartners;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Footprints;

public class a_footprints_partners
{
    private sealed record AnEventNotYetKnown(EffectiveDate Effective, Provenance Provenance) : IPartnerEvent;

    [Fact]
    public void a_footprints_first_partner_joins() =>
        NoneYet.When(partners => FootprintPartners.Join(partners, TrustJoined)).Then(TrustJoined);

    [Fact]
    public void another_organisation_joins_the_partners() =>
        With(TrustJoined).When(partners => FootprintPartners.Join(partners, CcgJoined)).Then(CcgJoined);

    [Fact]
    public void a_current_partner_does_not_join_again() =>
        With(TrustJoined).When(partners => FootprintPartners.Join(partners, Rejoined(TrustJoined, Day(2017, 6, 1))))
            .ThenRefused("Royal Example Hospitals NHS Trust (RXA) is already a partner, since 2016-03-15.");

    [Fact]
    public void a_partner_that_left_may_join_again() =>
        With(TrustJoined, Left(Trust, Day(2018, 1, 1)))
            .When(partners => FootprintPartners.Join(partners, Rejoined(TrustJoined, Day(2019, 1, 1))))
            .Then(Rejoined(TrustJoined, Day(2019, 1, 1)));

    [Fact]
    public void a_partner_that_left_joins_again_only_after_the_day_it_left()
    {
        var left = With(TrustJoined, Left(Trust, Day(2018, 1, 1)));

        left.When(partners => FootprintPartners.Join(partners, Rejoined(TrustJoined, Day(2017, 6, 1))))
            .ThenRefused("Royal Example Hospitals NHS Trust (RXA) left on 2018-01-01; it can only join again after that.");
        left.When(partners => FootprintPartners.Join(partners, Rejoined(TrustJoined, Day(2018, 1, 1))))
            .ThenRefused("Royal Example Hospitals NHS Trust (RXA) left on 2018-01-01; it can only join again after that.");
        left.When(partners => FootprintPartners.Join(partners, Rejoined(TrustJoined, Day(2018, 1, 2))))
            .Then(Rejoined(TrustJoined, Day(2018, 1, 2)));
    }

    [Fact]
    public void a_partner_joins_again_only_after_its_last_leaving() =>
        With(TrustJoined, Left(Trust, Day(2018, 1, 1)), Rejoined(TrustJoined, Day(2019, 1, 1)), Left(Trust, Day(2020, 1, 1)))
            .When(partners => FootprintPartners.Join(partners, Rejoined(TrustJoined, Day(2018, 6, 1))))
            .ThenRefused("Royal Example Hospitals NHS Trust (RXA) left on 2020-01-01; it can only join again after that.");

    [Fact]
    public void a_current_partner_leaves_after_the_day_it_joined() =>
        With(TrustJoined).When(partners => partners.Leave(Trust, On(2016, 3, 16), Minutes))
            .Then(new PartnerLeft(Trust, On(2016, 3, 16), Minutes));

    [Fact]
    public void a_partner_does_not_leave_on_or_before_the_day_it_joined() =>
        With(TrustJoined).When(partners => partners.Leave(Trust, On(2016, 3, 15), Minutes))
            .ThenRefused("Royal Example Hospitals NHS Trust joined on 2016-03-15; it can only leave after that.");

    [Fact]
    public void only_a_current_partner_leaves() =>
        With(TrustJoined).When(partners => partners.Leave(Ccg, On(2017, 1, 1), Minutes))
            .ThenRefused("05A is not a current partner of footprint footprint-1.");

    [Fact]
    public void a_partner_that_left_does_not_leave_again() =>
        With(TrustJoined, Left(Trust, Day(2018, 1, 1))).When(partners => partners.Leave(Trust, On(2018, 6, 1), Minutes))
            .ThenRefused("RXA is not a current partner of footprint footprint-1.");

    [Fact]
    public void a_partner_that_joined_again_leaves_after_it_joined_again() =>
        With(TrustJoined, Left(Trust, Day(2018, 1, 1)), Rejoined(TrustJoined, Day(2019, 1, 1)))
            .When(partners => partners.Leave(Trust, On(2018, 6, 1), Minutes))
            .ThenRefused("Royal Example Hospitals NHS Trust joined on 2019-01-01; it can only leave after that.");

    [Fact]
    public void a_leaving_ends_only_the_partnership_still_open()
    {
        var partners = With(TrustJoined, CcgJoined, Left(Trust, Day(2018, 1, 1)), Rejoined(TrustJoined, Day(2019, 1, 1)),
            Left(Trust, Day(2020, 1, 1))).State;
        partners.Partnerships.ShouldBe([
            new Partnership(Trust, "Royal Example Hospitals NHS Trust", OrganisationType.NhsTrust, Day(2016, 3, 15), Day(2018, 1, 1)),
            new Partnership(Ccg, "NHS Example CCG", OrganisationType.ClinicalCommissioningGroup, Day(2017, 1, 1), null),
            new Partnership(Trust, "Royal Example Hospitals NHS Trust", OrganisationType.NhsTrust, Day(2019, 1, 1), Day(2020, 1, 1)),
        ]);
    }

    [Fact]
    public void the_partners_on_a_date_are_those_that_had_joined_and_not_yet_left()
    {
        var partners = With(TrustJoined, CcgJoined, Left(Trust, Day(2018, 1, 1)), Rejoined(TrustJoined, Day(2019, 1, 1))).State;
        partners.On(Day(2016, 3, 14)).ShouldBeEmpty();
        partners.On(Day(2016, 12, 31)).Select(p => p.OrganisationCode).ShouldBe([Trust]);
        partners.On(Day(2017, 12, 31)).Select(p => p.OrganisationCode).ShouldBe([Trust, Ccg]);
        partners.On(Day(2018, 1, 1)).Select(p => p.OrganisationCode).ShouldBe([Ccg]);
        partners.On(Day(2019, 1, 1)).Select(p => (p.OrganisationCode, p.Joined)).ShouldBe([(Ccg, Day(2017, 1, 1)), (Trust, Day(2019, 1, 1))]);
    }

    [Fact]
    public void they_are_the_stream_of_their_footprint() =>
        FootprintPartners.StreamKey(GivenAFootprint.Id).ShouldBe("partners:footprint-1");

    [Fact]
    public void an_event_the_fold_does_not_know_changes_nothing()
    {
        var partners = With(TrustJoined).State;
        partners.After(new AnEventNotYetKnown(On(2017, 1, 1), Minutes)).ShouldBeSameAs(partners);
    }
}
