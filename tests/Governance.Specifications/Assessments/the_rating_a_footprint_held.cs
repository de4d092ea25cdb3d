using Governance.Domain.Assessments;
using static Governance.Specifications.Assessments.GivenAnAssessment;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Assessments;

/// <summary>The rating a footprint held on a day is the latest published by then, of the assessments given.</summary>
public class the_rating_a_footprint_held
{
    [Fact]
    public void with_no_assessments_a_footprint_held_no_rating() =>
        Assessment.HeldOn([], "QWE", Day(2018, 1, 1)).ShouldBeNull();

    [Fact]
    public void a_footprint_held_no_rating_before_the_first_assessment_was_published() =>
        Assessment.HeldOn([First, Second], "QWE", Day(2017, 7, 20)).ShouldBeNull();

    [Fact]
    public void a_footprint_holds_its_rating_from_the_day_the_assessment_was_published() =>
        Assessment.HeldOn([First, Second], "QWE", Day(2017, 7, 21))!.Rating.ShouldBe(Rating.Advanced);

    [Fact]
    public void a_footprint_holds_the_earlier_rating_until_the_later_assessment_is_published() =>
        Assessment.HeldOn([First, Second], "RTY", Day(2018, 2, 28))!.Rating.ShouldBe(Rating.MakingProgress);

    [Fact]
    public void the_latest_assessment_published_by_the_day_gives_the_rating_held() =>
        Assessment.HeldOn([First, Second], "RTY", Day(2018, 3, 1)).ShouldBeEquivalentTo(Second.Ratings["RTY"]);

    [Fact]
    public void the_order_the_assessments_are_given_in_does_not_matter() =>
        Assessment.HeldOn([Second, First], "QWE", Day(2019, 1, 1))!.Rating.ShouldBe(Rating.Outstanding);

    [Fact]
    public void a_footprint_an_assessment_did_not_rate_holds_the_rating_of_an_earlier_one() =>
        Assessment.HeldOn([First, Of(SecondPublished, Rated("RTY", Rating.Advanced, Day(2018, 3, 1))).State], "QWE",
            Day(2019, 1, 1))!.Rating.ShouldBe(Rating.Advanced);

    [Fact]
    public void a_footprint_no_assessment_rated_held_no_rating() =>
        Assessment.HeldOn([First, Second], "UIO", Day(2019, 1, 1)).ShouldBeNull();

    [Fact]
    public void a_rating_dated_after_its_assessment_is_not_held_before_its_own_day()
    {
        var late = With(Rated("QWE", Rating.Advanced, Day(2017, 8, 10))).State;
        Assessment.HeldOn([late], "QWE", Day(2017, 8, 9)).ShouldBeNull();
        Assessment.HeldOn([late], "QWE", Day(2017, 8, 10))!.Rating.ShouldBe(Rating.Advanced);
    }
}
