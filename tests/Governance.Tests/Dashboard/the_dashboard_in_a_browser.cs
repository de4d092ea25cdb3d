using Microsoft.Playwright;

namespace Governance.Tests.Dashboard;

[Collection(InABrowser.Name)]
public class the_dashboard_in_a_browser(LedgerInABrowser ledger) : IClassFixture<LedgerInABrowser>, IAsyncLifetime
{
    private readonly List<string> _errors = [];
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _page = await ledger.Browser.NewPageAsync();
        _page.Console += (_, message) => { if (message.Type == "error") _errors.Add(message.Text); };
        _page.PageError += (_, error) => _errors.Add(error);
    }

    public async Task DisposeAsync() => await _page.CloseAsync();

    private async Task Open(string path, string screenshot)
    {
        var response = await _page.GotoAsync(ledger.BaseUrl + path);
        response!.Status.ShouldBe(200);
        await _page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(LedgerInABrowser.Screenshots, $"{screenshot}.png"), FullPage = true,
        });
    }

    private ILocator Rows => _page.Locator("#footprints tbody tr");

    [Fact]
    public async Task on_31_december_2016_the_national_view_shows_the_44_footprints()
    {
        await Open("/?date=2016-12-31", "national-2016-12-31");

        (await Rows.CountAsync()).ShouldBe(44);
        (await _page.Locator("#summary").TextContentAsync())!.ShouldStartWith("44 footprints: 44 sustainability and transformation plans");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task on_2_july_2022_the_national_view_shows_42_integrated_care_boards()
    {
        await Open("/?date=2022-07-02", "national-2022-07-02");

        (await Rows.CountAsync()).ShouldBe(42);
        (await _page.Locator("#footprints tbody tr[data-stage=IntegratedCareBoard]").CountAsync()).ShouldBe(42);
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task moving_the_date_control_changes_the_page()
    {
        await Open("/?date=2016-12-31", "date-control-before");

        await _page.Locator("#date").FillAsync("2018-09-01");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await _page.WaitForURLAsync("**/?date=2018-09-01");

        (await _page.Locator("h1").TextContentAsync()).ShouldBe("England's footprints on 1 September 2018");
        (await Rows.CountAsync()).ShouldBe(42);
        (await _page.Locator("#around").TextContentAsync())!.ShouldContain("Merged with");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_slider_moves_through_time_from_the_keyboard()
    {
        await Open("/?date=2016-12-31", "slider-before");

        await _page.Locator("#date-slider").FocusAsync();
        await _page.Keyboard.PressAsync("End");
        await _page.WaitForURLAsync(url => !url.EndsWith("date=2016-12-31"));
        await _page.ScreenshotAsync(new() { Path = Path.Combine(LedgerInABrowser.Screenshots, "slider-after.png") });

        (await Rows.CountAsync()).ShouldBe(42);
        (await _page.Locator("#footprints tbody tr[data-stage=IntegratedCareBoard]").CountAsync()).ShouldBe(42);
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_footprint_page_shows_its_timeline_with_links_to_provenance()
    {
        await Open("/footprints/QWO?date=2022-07-02", "footprint-QWO");

        var timeline = _page.Locator("#timeline li");
        (await timeline.CountAsync()).ShouldBeGreaterThanOrEqualTo(8);
        (await timeline.First.TextContentAsync())!.ShouldContain("Footprint published: West Yorkshire (E54000005)");
        (await timeline.Last.TextContentAsync())!.ShouldContain("Statutory integrated care board: NHS West Yorkshire Integrated Care Board");
        (await _page.Locator("#timeline a.provenance").First.GetAttributeAsync("href")).ShouldBe("/api/footprints/QWO/history");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_activity_page_and_the_charts_have_text_alternatives()
    {
        await Open("/activity", "activity");
        (await _page.Locator("svg#resolutions title").First.TextContentAsync()).ShouldBe("Resolutions recorded per month");
        (await _page.Locator("svg#per-footprint title").First.TextContentAsync()).ShouldBe("Resolutions per footprint");
        (await _page.Locator("svg#per-plan title").First.TextContentAsync()).ShouldBe("Amendments per plan");

        await Open("/?date=2019-06-01", "national-2019-06-01");
        (await _page.Locator("svg#stages desc").TextContentAsync())!.ShouldContain("/api/dashboard/stages.csv");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_footprint_page_shows_its_arrangements_on_the_date_and_its_shared_decisions_on_the_timeline()
    {
        var source = new { reference = "Partnership board papers" };
        for (var n = 0; n < 2; n++)
            await ledger.RecordAsync("/api/footprints/QU9/partners", new
            {
                organisationCode = $"A{n}", name = $"Partner {n}", type = "ClinicalCommissioningGroup", joinedOn = "2017-04-01",
                version = n, source,
            });
        var mou = (await ledger.RecordAsync("/api/footprints/QU9/arrangements", new
        {
            kind = "MemorandumOfUnderstanding", description = "Partnership memorandum", rule = "MajorityOfRequiredPartners",
            adoptedBy = new[] { "A0", "A1" }, adoptedOn = "2017-05-01", version = 0, source,
        })).Id;
        await ledger.RecordAsync($"/api/footprints/QU9/arrangements/{mou}/chairs",
            new { name = "Jo Independent", role = "Chair", independent = true, appointedOn = "2017-06-01", version = 1, source });
        var decision = (await ledger.RecordAsync("/api/footprints/QU9/shared-decisions", new
        {
            title = "One stroke pathway", text = "The partners adopt one stroke pathway.", requiredPartners = new[] { "A0", "A1" },
            proposedOn = "2017-06-15", deadline = "2017-12-31", source,
        })).Id;
        await ledger.RecordAsync($"/api/shared-decisions/{decision}/withdrawal",
            new { reason = "Taken into the ICS plan", on = "2017-08-01", version = 1, source });

        await Open("/footprints/QU9?date=2017-04-15", "footprint-QU9-before");
        var before = (await _page.Locator("#arrangements").TextContentAsync())!;
        await Open("/footprints/QU9?date=2018-01-01", "footprint-QU9-arrangements");
        var after = (await _page.Locator("#arrangements").TextContentAsync())!;
        var timeline = (await _page.Locator("#timeline").TextContentAsync())!;

        before.ShouldContain("None recorded in force on this date.");
        after.ShouldContain("Memorandum of understanding: Partnership memorandum; a majority of required partners ratifies; " +
                            "partners A0, A1; chair Jo Independent (independent)");
        timeline.ShouldContain("Jo Independent appointed independent chair of Partnership memorandum");
        timeline.ShouldContain("Shared decision was withdrawn: One stroke pathway");
        _errors.ShouldBeEmpty();
    }
}
