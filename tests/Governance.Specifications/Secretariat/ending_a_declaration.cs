using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenARegister;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>An interest declared without an end is ended: it held until, and including, the day given.</summary>
public class ending_a_declaration
{
    [Fact]
    public void an_interest_is_ended_on_the_last_day_it_held_whenever_that_is_recorded() =>
        With().When(register => register.End("R1", Day(2018, 3, 31), Day(2018, 4, 5), Minutes))
            .Then(Ended("R1", Day(2018, 3, 31), Day(2018, 4, 5)));

    [Fact]
    public void an_interest_may_end_on_the_day_it_began() =>
        With().When(register => register.End("R1", Day(2017, 4, 1), Day(2017, 4, 10), Minutes))
            .Then(Ended("R1", Day(2017, 4, 1), Day(2017, 4, 10)));

    [Fact]
    public void only_an_entry_of_the_register_is_ended() =>
        With().When(register => register.End("R9", Day(2018, 3, 31), Day(2018, 4, 5), Minutes)).ThenRefused("The register has no entry R9.");

    [Fact]
    public void a_nil_return_has_nothing_to_end() =>
        With(ChairNil).When(register => register.End("R3", Day(2018, 3, 31), Day(2018, 4, 5), Minutes))
            .ThenRefused("A nil return has nothing to end.");

    [Fact]
    public void an_entry_declared_with_its_end_is_not_ended_again() =>
        With(CouncilDinner).When(register => register.End("R2", Day(2017, 6, 30), Day(2017, 7, 1), Minutes))
            .ThenRefused("Entry R2 already ended on 2017-06-14.");

    [Fact]
    public void an_entry_is_ended_once() =>
        With(Ended("R1", Day(2018, 3, 31))).When(register => register.End("R1", Day(2018, 6, 30), Day(2018, 7, 1), Minutes))
            .ThenRefused("Entry R1 already ended on 2018-03-31.");

    [Fact]
    public void an_entry_does_not_end_before_it_began() =>
        With().When(register => register.End("R1", Day(2017, 3, 31), Day(2017, 4, 10), Minutes))
            .ThenRefused("Entry R1 began on 2017-04-01; it ends after that.");
}
