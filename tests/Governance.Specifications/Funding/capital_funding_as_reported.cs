using Governance.Domain.Funding;
using static Governance.Specifications.Support.Papers;

namespace Governance.Specifications.Funding;

/// <summary>National capital funding as a source reports it is kept in the source's own words, amount and status included.</summary>
public class capital_funding_as_reported
{
    [Fact]
    public void a_reported_decision_keeps_the_sources_words_and_may_name_no_footprint()
    {
        var reported = new CapitalFundingReported("Wave 2", null, "All footprints", "Urgent treatment centres",
            "£325m (approx.)", "announced", "A national total; no scheme named.", EffectiveDate.InMonth(Day(2017, 3, 1)), Minutes);
        (reported.Wave, reported.FootprintId, reported.NameInSource, reported.Scheme, reported.AmountAsStated,
                reported.StatusAsStated, reported.Notes, reported.Effective.ToString(), reported.Provenance)
            .ShouldBe(("Wave 2", (string?)null, "All footprints", "Urgent treatment centres", "£325m (approx.)", "announced",
                "A national total; no scheme named.", "2017-03", Minutes));
    }
}
