using Alba;
using Governance.Ledger.Plans;
using Governance.Tests.Support;

namespace Governance.Tests.Plans;

/// <summary>Drafts plans and moves amendments through the API as a secretary would.</summary>
public sealed class PlanScenario(IAlbaHost host)
{
    public static readonly object Source = new { reference = "Plan papers" };

    public static object Section(string key, string text, params object[] figures) =>
        new { key, heading = char.ToUpperInvariant(key[0]) + key[1..].Replace('-', ' '), text, figures };

    public async Task<string> DraftAsync(string footprint = "QF7", string draftedOn = "2016-06-30") =>
        (await host.Records($"/api/footprints/{footprint}/plans", new
        {
            title = "Sustainability and Transformation Plan",
            sections = new[]
            {
                Section("primary-care", "Extend access to general practice in the evenings."),
                Section("mental-health", "Bring crisis care closer to home."),
                Section("finance", "Close the projected gap by 2020/21.",
                    new { label = "Projected financial gap", year = "2020/21", amount = 571.0m },
                    new { label = "Planned savings", year = "2020/21", amount = 480.0m }),
            },
            draftedOn, source = Source,
        })).Id;

    public async Task<AmendmentRecorded> ProposeAsync(string plan, long version, string section, int draftedAgainst,
        string? text = null, object[]? figures = null, string on = "2017-01-10")
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(new
            {
                changes = new[] { new { section, draftedAgainst, text, figures } },
                reason = "Refreshed priorities", on, version, source = Source,
            }).ToUrl($"/api/plans/{plan}/amendments");
            s.SignedInAs(Tokens.AdministratorOf(host));
        });
        return (await result.ReadAsJsonAsync<AmendmentRecorded>())!;
    }

    public static object Approval(string bodyId, string resolution, string effectiveFrom, long version,
        string on = "2017-02-01") =>
        new { approvedBy = new { bodyId, resolution }, effectiveFrom, on, version, source = Source };
}
