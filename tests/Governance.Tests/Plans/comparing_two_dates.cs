using Alba;
using Governance.Ledger.Plans;
using Governance.Tests.Support;

namespace Governance.Tests.Plans;

[Collection(LedgerCollection.Name)]
public class comparing_two_dates(LedgerApp ledger)
{
    [Fact]
    public async Task the_diff_shows_each_section_word_by_word_and_the_figures_side_by_side()
    {
        var given = await new APlanWithAnApprovingBoard(ledger.Host).SetUpAsync();
        var text = await given.Plans.ProposeAsync(given.Plan, 1, "primary-care", 0,
            text: "Extend access to general practice in the evenings and at weekends.");
        var figures = await given.Plans.ProposeAsync(given.Plan, text.Version, "finance", 0, figures:
        [
            new { label = "Projected financial gap", year = "2020/21", amount = 602.5m },
            new { label = "Planned savings", year = "2020/21", amount = 480.0m },
            new { label = "Planned savings", year = "2021/22", amount = 120.0m },
        ]);
        var first = await given.Approve(text.AmendmentId, "2017/1", "2017-04-01", figures.Version);
        await given.Approve(figures.AmendmentId, "2017/1", "2017-07-01", first.Version);

        var result = await ledger.Host.Scenario(s => s.Get.Url($"/api/plans/{given.Plan}/diff?from=2016-12-31&to=2018-01-01"));
        var diff = await result.ReadAsJsonAsync<PlanDiffView>();
        var json = (await result.ReadAsTextAsync()).Replace(given.Plan, "{plan}").Replace(given.Board, "{board}");

        diff!.ChangesBetween.Select(a => a.Id).ShouldBe([text.AmendmentId, figures.AmendmentId]);
        await VerifyJson(json);
    }

    [Fact]
    public async Task comparing_versions_needs_two_dates_or_two_versions()
    {
        var plan = await new PlanScenario(ledger.Host).DraftAsync();

        await ledger.Host.Scenario(s =>
        {
            s.Get.Url($"/api/plans/{plan}/diff?from=2017-01-01");
            s.StatusCodeShouldBe(400);
        });
    }
}
