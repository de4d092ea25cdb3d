using Governance.Domain.Assessments;
using static Governance.Specifications.Assessments.GivenAnAssessment;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Assessments;

/// <summary>What an assessment's events add up to: what was published, and each footprint's rating with its source.</summary>
public class an_assessments_record
{
    [Fact]
    public void an_assessment_is_what_was_published_on_the_day_it_was_published()
    {
        var assessment = With().State;
        (assessment.Id, assessment.Title, assessment.Publisher, assessment.PublishedOn)
            .ShouldBe(("stream-1", Title, Publisher, Day(2017, 7, 21)));
        assessment.Methodology.ShouldBe(["Basis: each footprint's own submission", "Scale: four bands"]);
        assessment.Domains.ShouldBe([Leadership, Emergency]);
        assessment.BandCounts["needs most improvement"].ShouldBe(8);
        assessment.Ratings.ShouldBeEmpty();
    }

    [Fact]
    public void a_rating_is_kept_for_its_footprint_with_the_assessment_its_words_and_its_source() =>
        With(Rated("QWE", Rating.MakingProgress, stated: "making progress (ambiguous)")).State.Ratings["QWE"]
            .ShouldBeEquivalentTo(new RatingHeld("stream-1", Title, Rating.MakingProgress, "making progress (ambiguous)",
                Day(2017, 7, 21), "high", "Both sources agree.", Dashboard.Source, new List<string> { "regional briefing" }));

    [Fact]
    public void a_rating_keeps_its_own_day_where_the_source_gives_one() =>
        With(Rated("QWE", Rating.Advanced, Day(2017, 7, 25))).State.Ratings["QWE"].PublishedOn.ShouldBe(Day(2017, 7, 25));

    [Fact]
    public void each_footprint_has_its_own_rating() =>
        First.Ratings.ToDictionary(r => r.Key, r => r.Value.Rating)
            .ShouldBe(new Dictionary<string, Rating> { ["QWE"] = Rating.Advanced, ["RTY"] = Rating.MakingProgress });

    [Fact]
    public void a_footprint_rated_again_keeps_the_later_rating() =>
        With(Rated("QWE", Rating.Advanced), Rated("QWE", Rating.Outstanding)).State.Ratings.ShouldHaveSingleItem()
            .Value.Rating.ShouldBe(Rating.Outstanding);

    [Fact]
    public void rating_a_footprint_leaves_the_record_it_was_folded_from_as_it_was()
    {
        var before = With(Rated("QWE", Rating.Advanced)).State;
        before.After(Rated("RTY", Rating.MakingProgress));
        before.Ratings.Keys.ShouldBe(["QWE"]);
    }

    [Fact]
    public void a_second_publication_in_an_assessments_stream_changes_nothing() =>
        With(Rated("QWE", Rating.Advanced), SecondPublished).State.ShouldSatisfyAllConditions(
            a => a.Title.ShouldBe(Title),
            a => a.PublishedOn.ShouldBe(Day(2017, 7, 21)),
            a => a.Ratings.Keys.ShouldBe(["QWE"]));
}
