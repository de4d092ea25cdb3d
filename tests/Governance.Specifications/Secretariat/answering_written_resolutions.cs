using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenAWrittenResolution;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>Each member the resolution was circulated to answers once, by the closing date.</summary>
public class answering_written_resolutions
{
    [Theory]
    [InlineData(WrittenVote.For)]
    [InlineData(WrittenVote.Against)]
    [InlineData(WrittenVote.Abstain)]
    public void a_member_answers_for_against_or_abstaining(WrittenVote vote) =>
        With().When(circulated => circulated.Answer("WR1", "council", vote, Day(2017, 8, 7), Minutes)).Then(Answered("council", vote));

    [Fact]
    public void a_member_may_answer_on_the_day_it_is_circulated_and_on_the_day_it_closes()
    {
        With().When(circulated => circulated.Answer("WR1", "chair", WrittenVote.For, CirculatedOn, Minutes))
            .Then(Answered("chair", WrittenVote.For, CirculatedOn));
        With().When(circulated => circulated.Answer("WR1", "chair", WrittenVote.For, ClosesOn, Minutes))
            .Then(Answered("chair", WrittenVote.For, ClosesOn));
    }

    [Fact]
    public void an_answer_is_to_a_resolution_circulated() =>
        With().When(circulated => circulated.Answer("WR9", "chair", WrittenVote.For, Day(2017, 8, 7), Minutes))
            .ThenRefused("No written resolution WR9 was circulated.");

    [Fact]
    public void an_answer_does_not_come_before_the_resolution_was_circulated() =>
        With().When(circulated => circulated.Answer("WR1", "chair", WrittenVote.For, Day(2017, 7, 31), Minutes))
            .ThenRefused("Written resolution WR1 was circulated on 2017-08-01.");

    [Fact]
    public void only_a_voting_member_it_was_circulated_to_answers() =>
        With().When(circulated => circulated.Answer("WR1", "region", WrittenVote.For, Day(2017, 8, 7), Minutes))
            .ThenRefused("region was not a voting member the resolution was circulated to.");

    [Fact]
    public void an_answer_stands_once_given() =>
        With(Answered("chair", WrittenVote.Against)).When(circulated => circulated.Answer("WR1", "chair", WrittenVote.For, Day(2017, 8, 8), Minutes))
            .ThenRefused("chair has already answered; an answer stands once given.");

    [Fact]
    public void an_answer_after_the_closing_date_is_too_late() =>
        With().When(circulated => circulated.Answer("WR1", "chair", WrittenVote.For, Day(2017, 8, 16), Minutes))
            .ThenRefused("The resolution closed on 2017-08-15; an answer on 2017-08-16 is too late.");

    [Fact]
    public void a_resolution_counted_takes_no_more_answers() =>
        With(Answered("chair", WrittenVote.For), Answered("council", WrittenVote.For), Answered("trust", WrittenVote.For),
                Concluded(true, "3 for", Day(2017, 8, 8)))
            .When(circulated => circulated.Answer("WR1", "chair", WrittenVote.Against, Day(2017, 8, 9), Minutes))
            .ThenRefused("Written resolution WR1 was counted on 2017-08-08.");
}
