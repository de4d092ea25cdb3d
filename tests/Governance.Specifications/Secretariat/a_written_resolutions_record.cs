using Governance.Domain.Secretariat;
using static Governance.Specifications.Secretariat.GivenAWrittenResolution;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Secretariat;

/// <summary>What a body's written resolutions add up to: each as circulated, its answers, and its count.</summary>
public class a_written_resolutions_record
{
    private sealed record AnEventNotYetKnown(EffectiveDate Effective, Provenance Provenance) : IWrittenResolutionEvent;

    [Fact]
    public void a_resolution_is_kept_as_circulated_unanswered_and_uncounted()
    {
        var record = Record();
        (record.Id, record.BodyId).ShouldBe(("stream-1", BodyId));
        var resolution = record.Resolutions.Single();
        (resolution.Id, resolution.Text, resolution.CirculatedOn, resolution.ClosesOn, resolution.Answers.Count, resolution.Conclusion)
            .ShouldBe(("WR1", Text, CirculatedOn, ClosesOn, 0, (WrittenResolutionConcluded?)null));
        resolution.Members.ShouldBe(["chair", "council", "trust"]);
    }

    [Fact]
    public void the_answers_are_kept_as_votes_each_in_order_of_seat()
    {
        var votes = Record(Answered("trust", WrittenVote.For), Answered("council", WrittenVote.Abstain), Answered("chair", WrittenVote.For))
            .Find("WR1")!.Votes;
        votes.ShouldSatisfyAllConditions(
            v => v.For.ShouldBe(["chair", "trust"]),
            v => v.Against.ShouldBeEmpty(),
            v => v.Abstained.ShouldBe(["council"]));
    }

    [Fact]
    public void the_count_is_kept_and_an_answer_to_one_resolution_leaves_the_others_alone()
    {
        var concluded = Concluded(false, "Only 1 of the 3 members answered; the quorum is 2.", Day(2017, 8, 16));
        var record = Record(Circulated with { ResolutionId = "WR2" }, Answered("chair", WrittenVote.For), concluded);
        (record.Find("WR1")!.Conclusion, record.Find("WR2")!.Answers.Count, record.Find("WR2")!.Conclusion).ShouldBe((concluded, 0, null));
    }

    [Fact]
    public void a_resolution_never_circulated_is_not_found() => Record().Find("WR9").ShouldBeNull();

    [Fact]
    public void they_are_the_stream_of_their_body() => WrittenResolutions.StreamKey("board-1").ShouldBe("written-resolutions:board-1");

    [Fact]
    public void an_event_the_fold_does_not_know_changes_nothing()
    {
        var record = Record();
        record.After(new AnEventNotYetKnown(On(2017, 8, 1), Minutes)).ShouldBeSameAs(record);
    }
}
