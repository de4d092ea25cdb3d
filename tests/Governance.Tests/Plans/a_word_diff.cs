using Governance.Domain.Plans;

namespace Governance.Tests.Plans;

public class a_word_diff
{
    [Fact]
    public void keeps_the_words_in_common_and_shows_what_was_taken_out_before_what_was_put_in()
    {
        PlanDiff.Words("Reduce delayed transfers of care by half", "Reduce delayed discharges by half in 2018").ShouldBe([
            new WordRun(WordChange.Same, "Reduce delayed"),
            new WordRun(WordChange.Deleted, "transfers of care"),
            new WordRun(WordChange.Inserted, "discharges"),
            new WordRun(WordChange.Same, "by half"),
            new WordRun(WordChange.Inserted, "in 2018"),
        ]);
    }

    [Fact]
    public void of_identical_texts_is_one_unchanged_run()
    {
        PlanDiff.Words("No change here", "No change here").ShouldBe([new WordRun(WordChange.Same, "No change here")]);
    }
}
