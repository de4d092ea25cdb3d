using Governance.Domain.Secretariat;
using Governance.Specifications.Boards;
using static Governance.Specifications.Secretariat.GivenARegister;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>A member declares an interest, a gift or hospitality, or that they have nothing to declare.</summary>
public class declaring_interests
{
    private static readonly DateOnly April = Day(2017, 4, 1);

    private static Decision<DeclarationRegistered> Declare(StandingRegister? register, DeclarationKind kind, string? organisation,
        string? description, DateOnly? from, DateOnly? until = null, bool withheld = false, string? reason = null,
        string seatId = "trust", string entryId = "R5") =>
        StandingRegister.Declare(register, Body, entryId, seatId, "Mark Evans", kind, organisation, description, from, until, withheld,
            reason, Day(2017, 4, 10), Minutes);

    [Fact]
    public void an_interest_is_declared_by_the_member_of_a_seat_with_its_organisation_and_dates_in_the_secretarys_words_trimmed() =>
        NoneYet.When(register => StandingRegister.Declare(register, Body, "R1", "trust", " Mark Evans ", DeclarationKind.Interest,
                $" {Trust} ", " Chief executive ", April, null, false, null, Day(2017, 4, 10), Minutes))
            .Then(TrustInterest);

    [Fact]
    public void a_gift_or_hospitality_is_declared_with_the_days_it_was_given() =>
        With().When(register => StandingRegister.Declare(register, Body, "R2", "council", "Judith Price", DeclarationKind.GiftOrHospitality,
                Consultancy, "Dinner at the NHS Confederation conference", Day(2017, 6, 14), Day(2017, 6, 14), false, null,
                Day(2017, 6, 20), Minutes))
            .Then(CouncilDinner);

    [Fact]
    public void a_gift_or_hospitality_need_not_name_an_organisation() =>
        NoneYet.When(register => Declare(register, DeclarationKind.GiftOrHospitality, null, "Theatre tickets", April))
            .Then(TrustInterest with
            {
                EntryId = "R5", Kind = DeclarationKind.GiftOrHospitality, Organisation = null, Description = "Theatre tickets",
            });

    [Fact]
    public void a_member_with_nothing_to_declare_makes_a_nil_return() =>
        With().When(register => StandingRegister.Declare(register, Body, "R3", "chair", "Sarah Bell", DeclarationKind.NilReturn, null,
                null, null, null, false, null, Day(2017, 4, 10), Minutes))
            .Then(ChairNil);

    [Fact]
    public void an_entry_withheld_from_publication_says_why_in_the_secretarys_words_trimmed() =>
        With().When(register => StandingRegister.Declare(register, Body, "R4", "chair", "Sarah Bell", DeclarationKind.Interest, Charity,
                "Trustee", Day(2016, 1, 1), null, true, $" {AtRisk} ", Day(2017, 5, 1), Minutes))
            .Then(ChairTrusteeship);

    [Fact]
    public void an_entry_published_keeps_no_reason_for_withholding_it() =>
        NoneYet.When(register => Declare(register, DeclarationKind.Interest, Trust, "Chief executive", April, reason: AtRisk))
            .Then(TrustInterest with { EntryId = "R5" });

    [Fact]
    public void an_interest_may_end_on_the_day_it_began() =>
        NoneYet.When(register => Declare(register, DeclarationKind.Interest, Trust, "Chief executive", April, until: April))
            .Then(TrustInterest with { EntryId = "R5", Until = April });

    [Fact]
    public void an_entry_id_is_used_once() =>
        With().When(register => Declare(register, DeclarationKind.Interest, Trust, "Chief executive", April, entryId: "R1"))
            .ThenRefused("The register already has an entry R1.");

    [Fact]
    public void only_a_seat_of_the_body_declares() =>
        NoneYet.When(register => Declare(register, DeclarationKind.NilReturn, null, null, null, seatId: "mayor"))
            .ThenRefused("mayor held no seat on Leeds Partnership Board on 2017-04-10.");

    [Fact]
    public void a_seat_withdrawn_before_the_day_declares_nothing() =>
        NoneYet.When(register => StandingRegister.Declare(register, GivenABody.Body(GivenABody.Withdrawn("region", 2017, 4, 5)), "R5",
                "region", "Ann Hall", DeclarationKind.NilReturn, null, null, null, null, false, null, Day(2017, 4, 10), Minutes))
            .ThenRefused("region held no seat on Leeds Partnership Board on 2017-04-10.");

    public static TheoryData<string?, string?, bool> NilReturnsNamingSomething => new()
    {
        { Trust, null, false },
        { null, "Nothing", false },
        { null, null, true },
    };

    [Theory]
    [MemberData(nameof(NilReturnsNamingSomething))]
    public void a_nil_return_names_no_organisation_description_or_dates(string? organisation, string? description, bool dated) =>
        NoneYet.When(register => Declare(register, DeclarationKind.NilReturn, organisation, description, dated ? April : null))
            .ThenRefused("A nil return declares nothing: it names no organisation, description or dates.");

    [Theory]
    [InlineData(DeclarationKind.Interest, null)]
    [InlineData(DeclarationKind.Interest, "")]
    [InlineData(DeclarationKind.GiftOrHospitality, "  ")]
    public void an_interest_gift_or_hospitality_says_what_it_is(DeclarationKind kind, string? description) =>
        NoneYet.When(register => Declare(register, kind, Trust, description, April)).ThenRefused("Describe what is declared.");

    [Theory]
    [InlineData(DeclarationKind.Interest)]
    [InlineData(DeclarationKind.GiftOrHospitality)]
    public void an_interest_gift_or_hospitality_says_when_it_began(DeclarationKind kind) =>
        NoneYet.When(register => Declare(register, kind, Trust, "Chief executive", null))
            .ThenRefused("Give the date the interest, gift or hospitality began.");

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void an_interest_names_the_organisation_it_is_in(string? organisation) =>
        NoneYet.When(register => Declare(register, DeclarationKind.Interest, organisation, "Chief executive", April))
            .ThenRefused("Name the organisation the interest is in.");

    [Fact]
    public void an_entry_does_not_end_before_it_began() =>
        NoneYet.When(register => Declare(register, DeclarationKind.Interest, Trust, "Chief executive", April, until: Day(2017, 3, 31)))
            .ThenRefused("An entry from 2017-04-01 cannot end before it, on 2017-03-31.");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void an_entry_withheld_from_publication_without_a_reason_is_refused(string? reason) =>
        NoneYet.When(register => Declare(register, DeclarationKind.Interest, Trust, "Chief executive", April, withheld: true, reason: reason))
            .ThenRefused("An entry withheld from publication says why (the guidance allows it where publishing could cause harm).");
}
