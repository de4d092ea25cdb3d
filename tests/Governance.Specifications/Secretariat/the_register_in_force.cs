using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenARegister;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>What a register's events add up to: each entry as declared and ended, and which were in force on a day.</summary>
public class the_register_in_force
{
    private sealed record AnEventNotYetKnown(EffectiveDate Effective, Provenance Provenance) : IRegisterEvent;

    private static IEnumerable<string> InForceOn(StandingRegister register, DateOnly date) => register.InForceOn(date).Select(e => e.Id);

    [Fact]
    public void an_entry_is_kept_as_declared_with_the_day_it_was_declared()
    {
        var register = Register(ChairTrusteeship);
        (register.Id, register.BodyId).ShouldBe(("stream-1", BodyId));
        register.Entries.ShouldBe([new RegisterEntry("R4", "chair", "Sarah Bell", DeclarationKind.Interest, Charity, "Trustee",
            Day(2016, 1, 1), null, true, AtRisk, Day(2017, 5, 1))]);
    }

    [Fact]
    public void an_ended_entry_keeps_its_last_day_and_the_others_are_untouched()
    {
        var register = Register(TrustInterest, ChairTrusteeship, Ended("R1", Day(2018, 3, 31)));
        (register.Find("R1")!.Until, register.Find("R4")!.Until).ShouldBe((Day(2018, 3, 31), (DateOnly?)null));
    }

    [Fact]
    public void an_interest_is_in_force_from_the_day_it_began_to_the_day_it_ended_both_included()
    {
        var register = Register(TrustInterest, Ended("R1", Day(2018, 3, 31)));
        (InForceOn(register, Day(2017, 3, 31)), InForceOn(register, Day(2017, 4, 1)), InForceOn(register, Day(2018, 3, 31)),
                InForceOn(register, Day(2018, 4, 1)))
            .ShouldSatisfyAllConditions(
                x => x.Item1.ShouldBeEmpty(), x => x.Item2.ShouldBe(["R1"]), x => x.Item3.ShouldBe(["R1"]), x => x.Item4.ShouldBeEmpty());
    }

    [Fact]
    public void an_interest_without_an_end_stays_in_force() => InForceOn(Register(TrustInterest), Day(2030, 1, 1)).ShouldBe(["R1"]);

    [Fact]
    public void hospitality_is_in_force_on_the_days_it_was_given()
    {
        var register = Register(CouncilDinner);
        (InForceOn(register, Day(2017, 6, 13)).Count(), InForceOn(register, Day(2017, 6, 14)).Count(), InForceOn(register, Day(2017, 6, 15)).Count())
            .ShouldBe((0, 1, 0));
    }

    [Fact]
    public void a_nil_return_is_never_in_force() => InForceOn(Register(ChairNil), Day(2017, 4, 10)).ShouldBeEmpty();

    [Fact]
    public void an_entry_the_register_never_had_is_not_found() => Register(TrustInterest).Find("R9").ShouldBeNull();

    [Fact]
    public void they_are_the_stream_of_their_body() => StandingRegister.StreamKey("board-1").ShouldBe("register:board-1");

    [Fact]
    public void an_event_the_fold_does_not_know_changes_nothing()
    {
        var register = Register(TrustInterest);
        register.After(new AnEventNotYetKnown(On(2017, 4, 10), Minutes)).ShouldBeSameAs(register);
    }
}
