using Alba;
using Governance.Domain.Plans;
using Governance.Ledger.Plans;
using Governance.Tests.Support;

namespace Governance.Tests.Plans;

[Collection(LedgerCollection.Name)]
public class the_illustrative_plans(LedgerApp ledger)
{
    [Theory]
    [InlineData("QE1", PlanMilestone.Published, "2016-11-11")]
    [InlineData("QJG", PlanMilestone.Published, "2016-11-17")]
    [InlineData("QNC", PlanMilestone.Published, "2016-12-15")]
    [InlineData("QMJ", PlanMilestone.Refreshed, "2017-01-31")]
    public async Task are_marked_illustrative_and_carry_the_sourced_milestone_dates(string footprint,
        PlanMilestone milestone, string date)
    {
        var listing = (await ledger.Host.GetAsJson<PlanListing[]>($"/api/footprints/{footprint}/plans"))!
            .ShouldHaveSingleItem();
        var plan = await ledger.Host.GetAsJson<PlanAsAtView>($"/api/plans/{listing.Id}?asOf=2017-12-31");

        (listing.Illustrative, plan!.Illustrative, plan.Notice).ShouldBe((true, true, PlanAsAtView.IllustrativeNotice));
        plan.Milestones.Select(m => (m.Milestone, m.Effective.Date)).ShouldContain((milestone, DateOnly.Parse(date)));
        plan.Sections.ShouldAllBe(s => s.Text.StartsWith("Illustrative text, not the historical record"));
    }
}
