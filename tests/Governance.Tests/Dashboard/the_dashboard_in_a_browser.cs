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

    /// <summary>Opens a page, keeps a screenshot of it, and checks it with axe-core: every page the tests open must
    /// pass WCAG 2.1 AA.</summary>
    private async Task Open(string path, string screenshot)
    {
        var response = await _page.GotoAsync(ledger.BaseUrl + path);
        response!.Status.ShouldBe(200);
        await _page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(LedgerInABrowser.Screenshots, $"{screenshot}.png"), FullPage = true,
        });
        (await Accessibility.ViolationsAsync(_page)).ShouldBeEmpty($"axe-core on {path}");
    }

    private ILocator Rows => _page.Locator("#footprints tbody tr");

    [Fact]
    public async Task on_31_december_2016_the_national_view_shows_the_44_footprints()
    {
        await Open("/?asOf=2016-12-31", "national-2016-12-31");

        (await Rows.CountAsync()).ShouldBe(44);
        (await _page.Locator("#summary").TextContentAsync())!.ShouldStartWith("44 footprints: 44 sustainability and transformation plans");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task on_2_july_2022_the_national_view_shows_42_integrated_care_boards()
    {
        await Open("/?asOf=2022-07-02", "national-2022-07-02");

        (await Rows.CountAsync()).ShouldBe(42);
        (await _page.Locator("#footprints tbody tr[data-stage=IntegratedCareBoard]").CountAsync()).ShouldBe(42);
        (await _page.Locator("#arrangements-chart polyline.icb title").TextContentAsync()).ShouldBe("Integrated care boards");
        (await _page.Locator("#arrangements-chart polyline").CountAsync()).ShouldBe(5);
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task moving_the_date_control_changes_the_page()
    {
        await Open("/?asOf=2016-12-31", "date-control-before");

        await _page.Locator("#asOf").FillAsync("2018-09-01");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await _page.WaitForURLAsync("**/?asOf=2018-09-01");

        (await _page.Locator("h1").TextContentAsync()).ShouldBe("England's footprints on 1 September 2018");
        (await Rows.CountAsync()).ShouldBe(42);
        (await _page.Locator("#around").TextContentAsync())!.ShouldContain("Merged with");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_slider_moves_through_time_from_the_keyboard()
    {
        await Open("/?asOf=2016-12-31", "slider-before");
        (await _page.Locator("#map g.tile").CountAsync()).ShouldBe(44, "every 2016 footprint has a tile");
        (await _page.Locator("#map g.tile.SustainabilityAndTransformationPlan").CountAsync()).ShouldBe(44);

        await _page.Locator("#date-slider").FocusAsync();
        await _page.Keyboard.PressAsync("End");
        await _page.WaitForURLAsync(url => !url.EndsWith("asOf=2016-12-31"));
        await _page.ScreenshotAsync(new() { Path = Path.Combine(LedgerInABrowser.Screenshots, "slider-after.png") });

        (await Rows.CountAsync()).ShouldBe(42);
        (await _page.Locator("#footprints tbody tr[data-stage=IntegratedCareBoard]").CountAsync()).ShouldBe(42);
        (await _page.Locator("#map g.tile.IntegratedCareBoard").CountAsync()).ShouldBe(42, "the map moved with the slider");
        (await _page.Locator("#map g.tile[data-footprint=QHM] title").TextContentAsync()).ShouldStartWith("NHS North East and North Cumbria Integrated Care Board");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task the_map_coloured_by_rating_keeps_the_colouring_as_the_date_moves()
    {
        await Open("/?asOf=2017-12-31&map=rating", "map-by-rating");

        (await _page.Locator("#map").GetAttributeAsync("data-colouring")).ShouldBe("Rating");
        (await _page.Locator("#map g.tile[data-footprint=QVV]").GetAttributeAsync("class")).ShouldBe("tile Outstanding");
        (await _page.Locator("#map g.tile.Unrated").CountAsync()).ShouldBeGreaterThan(20, "most footprints have no sourced band");

        await _page.Locator("#asOf").FillAsync("2017-07-20");
        await _page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await _page.WaitForURLAsync("**/?asOf=2017-07-20&map=rating");
        (await _page.Locator("#map g.tile[data-footprint=QVV]").GetAttributeAsync("class")).ShouldBe("tile Unrated", "rated only from 21 July 2017");
        (await Accessibility.ViolationsAsync(_page)).ShouldBeEmpty();

        // West Yorkshire's partners adopted a memorandum in September 2018, the latest arrangement reported by 2019.
        await Open("/?asOf=2019-01-01&map=arrangement", "map-by-arrangement");
        (await _page.Locator("#map g.tile[data-footprint=QWO]").GetAttributeAsync("class")).ShouldBe("tile MemorandumOfUnderstanding");

        var source = new { reference = "Board minutes" };
        var board = (await ledger.RecordAsync("/api/footprints/QRV/bodies", new
        {
            name = "Partnership Board", kind = "PartnershipBoard", terms = new { quorum = 1, voting = "SimpleMajority" },
            seats = new[] { new { id = "m1", title = "Member 1", votes = true } }, constitutedOn = "2017-01-01", source,
        })).Id;
        var meeting = (await ledger.RecordAsync($"/api/bodies/{board}/meetings", new { date = "2017-10-01", @public = true, source })).Id;
        await ledger.RecordAsync($"/api/meetings/{meeting}/attendance", new { present = new[] { "m1" }, apologies = Array.Empty<string>(), version = 1, source });
        await ledger.RecordAsync($"/api/meetings/{meeting}/resolutions", new
        {
            number = "2017/1", item = "Estates", text = "Agreed.", votes = new { @for = new[] { "m1" }, against = Array.Empty<string>(), abstained = Array.Empty<string>() },
            recused = Array.Empty<string>(), outcome = "Passed", version = 2, source,
        });
        await Open("/?asOf=2017-12-31&map=activity", "map-by-activity");
        (await _page.Locator("#map g.tile[data-footprint=QRV]").GetAttributeAsync("class")).ShouldBe("tile Few");
        (await _page.Locator("#map g.tile[data-footprint=QRV] title").TextContentAsync()).ShouldBe("North West London: 1 public resolutions in the year");
        await Open("/?asOf=2019-01-01&map=activity", "map-by-activity-later");
        (await _page.Locator("#map g.tile[data-footprint=QRV]").GetAttributeAsync("class")).ShouldBe("tile Unrated", "a year after, it has none in the year");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_footprint_page_shows_its_timeline_with_links_to_provenance()
    {
        await Open("/footprints/QWO?asOf=2022-07-02", "footprint-QWO");

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

        await Open("/?asOf=2019-06-01", "national-2019-06-01");
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

        await Open("/footprints/QU9?asOf=2017-04-15", "footprint-QU9-before");
        var before = (await _page.Locator("#arrangements").TextContentAsync())!;
        await Open("/footprints/QU9?asOf=2018-01-01", "footprint-QU9-arrangements");
        var after = (await _page.Locator("#arrangements").TextContentAsync())!;
        var timeline = (await _page.Locator("#timeline").TextContentAsync())!;

        before.ShouldContain("None recorded in force on this date.");
        after.ShouldContain("Memorandum of understanding: Partnership memorandum; a majority of required partners ratifies; " +
                            "partners A0, A1; chair Jo Independent (independent)");
        timeline.ShouldContain("Jo Independent appointed independent chair of Partnership memorandum");
        timeline.ShouldContain("Shared decision was withdrawn: One stroke pathway");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_footprint_page_shows_engagement_and_a_service_changes_path_and_the_consultations_page_lists_it()
    {
        var source = new { reference = "Service change papers (test)" };
        var board = (await ledger.RecordAsync("/api/footprints/QYG/bodies", new
        {
            name = "Partnership Board", kind = "PartnershipBoard", terms = new { quorum = 2, voting = "SimpleMajority" },
            seats = new[] { new { id = "v1", title = "Member 1", organisation = "O1", votes = true },
                new { id = "v2", title = "Member 2", organisation = "O2", votes = true } },
            constitutedOn = "2016-04-01", source,
        })).Id;
        var meeting = (await ledger.RecordAsync($"/api/bodies/{board}/meetings", new { date = "2017-07-01", @public = true, source })).Id;
        var attended = await ledger.RecordAsync($"/api/meetings/{meeting}/attendance",
            new { present = new[] { "v1", "v2" }, apologies = Array.Empty<string>(), version = 1, source });
        await ledger.RecordAsync($"/api/meetings/{meeting}/resolutions", new
        {
            number = "2017/1", item = "Service change", text = "Close ward 7", reasons = "As set out",
            votes = new { @for = new[] { "v1", "v2" }, against = Array.Empty<string>(), abstained = Array.Empty<string>() },
            recused = Array.Empty<string>(), outcome = "Passed", version = attended.Version, source,
        });
        var proposal = await ledger.RecordAsync("/api/footprints/QYG/service-changes", new
        {
            title = "Community beds", description = "Beds move to the community.", options = new[] { "A", "B" },
            substantialVariation = false, closesBeds = true, proposedOn = "2017-01-05", source,
        });
        await ledger.RecordAsync("/api/footprints/QYG/engagement", new
        {
            kind = "CitizensPanel", title = "Citizens' panel on community beds", with = "Thirty residents", participants = 30,
            heard = "Care closer to home, if staffed", proposalId = proposal.Id, heldOn = "2016-11-10", source,
        });
        var version = proposal.Version;
        foreach (var test in new[] { "PublicAndPatientEngagement", "PatientChoice", "ClinicalEvidenceBase", "CommissionerSupport", "BedClosures" })
            version = (await ledger.RecordAsync($"/api/service-changes/{proposal.Id}/assurance",
                new { test, applies = true, text = "Evidence", on = "2017-04-02", version, source })).Version;
        version = (await ledger.RecordAsync($"/api/service-changes/{proposal.Id}/consultation", new
        {
            closes = "2017-05-31", documents = new[] { new { reference = "Consultation document" } }, onOptions = true,
            on = "2017-03-01", version, source,
        })).Version;
        version = (await ledger.RecordAsync($"/api/service-changes/{proposal.Id}/consultation/report",
            new { responses = 950, report = new { reference = "Report" }, on = "2017-06-20", version, source })).Version;
        await ledger.RecordAsync($"/api/service-changes/{proposal.Id}/decision",
            new { decidedBy = new { bodyId = board, resolution = "2017/1" }, on = "2017-07-06", version, source });

        await Open("/footprints/QYG?asOf=2018-01-01", "footprint-QYG-service-change");
        var timeline = (await _page.Locator("#timeline").TextContentAsync())!;
        var path = _page.Locator($"#service-changes figure[data-proposal='{proposal.Id}'] svg[role=img]");

        timeline.ShouldContain("Citizens' panel: Citizens' panel on community beds, with Thirty residents (30 took part)");
        timeline.ShouldContain("Public consultation on Community beds opened, on options, closing 31 May 2017");
        timeline.ShouldContain("Consultation report on Community beds published: 950 responses");
        timeline.ShouldContain("Service change decided: Community beds, by resolution 2017/1");
        (await path.Locator("circle.step").CountAsync()).ShouldBe(4);
        (await path.Locator("title").First.TextContentAsync()).ShouldBe("Community beds: from first engagement to decision");
        (await path.Locator("desc").TextContentAsync())!.ShouldStartWith("2016-11-10 Citizens' panel");

        await Open("/consultations?asOf=2018-01-01", "consultations-2018-01-01");
        var row = _page.Locator("#consultations tbody tr[data-footprint=QYG]");
        (await row.CountAsync()).ShouldBe(1);
        (await row.Locator("td").AllTextContentsAsync()).Select(t => t.Trim())
            .ShouldBe(["2017-03-01", "2017-05-31", "91", "QYG", "Community beds", "options", "950", "yes"]);
        await Open("/consultations?asOf=2017-02-01", "consultations-2017-02-01");
        (await _page.Locator("#consultations tbody tr[data-footprint=QYG]").CountAsync()).ShouldBe(0);
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task ratings_and_money_show_on_the_national_page_and_a_footprints_timeline()
    {
        var source = new { reference = "Capital bid papers (test)" };
        var bid = await ledger.RecordAsync("/api/footprints/QE1/bids", new
        {
            scheme = "Community diagnostic centre", sponsors = new[] { "RXX" }, amountAsked = 12_000_000m, fund = "STP capital", route = "Capital",
            submittedOn = "2017-06-01", source,
        });
        await ledger.RecordAsync($"/api/bids/{bid.Id}/decisions",
            new { decision = "Confirmation", amount = 10_000_000m, on = "2017-11-22", version = bid.Version, source });

        await Open("/?asOf=2017-12-31", "national-ratings-2017-12-31");
        var dorset = _page.Locator("#footprints tbody tr", new() { HasText = "Dorset" });
        (await dorset.Locator("td.rating").TextContentAsync()).ShouldBe("outstanding");
        (await _page.Locator("#funding").GetAttributeAsync("data-bids")).ShouldNotBe("0");
        (await _page.Locator("#funding").TextContentAsync())!.ShouldContain("national capital decisions reported by the sources");
        (await _page.Locator("#direction li").CountAsync()).ShouldBe(5);
        // The money over time: nothing allocated before the confirmation, £10m from November 2017.
        var allocated = (await _page.Locator("#funding-chart polyline.allocated").GetAttributeAsync("points"))!.Split(' ');
        allocated[0].Split(',')[1].ShouldNotBe(allocated[^1].Split(',')[1], "the allocated line rises once money is confirmed");
        (await _page.Locator("#funding-over-time figcaption").TextContentAsync())!.ShouldContain("£ millions");
        await Open("/?asOf=2017-07-20", "national-ratings-2017-07-20");
        (await _page.Locator("#footprints tbody tr", new() { HasText = "Dorset" }).Locator("td.rating").TextContentAsync()).ShouldBe("");

        await Open("/footprints/QE1?asOf=2018-01-01", "footprint-QE1-money");
        var timeline = (await _page.Locator("#timeline").TextContentAsync())!;
        timeline.ShouldContain("Bid for Community diagnostic centre: £12,000,000 asked from STP capital; £10,000,000 confirmed, £0 drawn");
        await Open("/footprints/QVV?asOf=2018-01-01", "footprint-QVV-capital");
        (await _page.Locator("#timeline").TextContentAsync())!.ShouldContain("Capital (Wave 1): Consolidation of emergency and planned c");

        // Cheshire and Merseyside: the leaders the sources report, not only the lead of 2016.
        await Open("/footprints/QYG?asOf=2017-09-01", "footprint-QYG-leaders");
        (await _page.Locator("#leaders").TextContentAsync())!.ShouldContain("Mel Pickup");
        (await _page.Locator("#leaders").TextContentAsync())!.ShouldNotContain("Louise Shepherd");
        (await _page.Locator("#timeline").TextContentAsync())!.ShouldContain("Louise Shepherd, STP leader (chief executive, Alder Hey Children's FT): stepped down");
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_footprint_page_shows_each_bodys_forward_plan_late_additions_and_overdue_actions_and_the_minutes_print_as_pdf()
    {
        var source = new { reference = "Partnership board papers" };
        var board = (await ledger.RecordAsync("/api/footprints/QJG/bodies", new
        {
            name = "Health and Care Partnership Board", kind = "PartnershipBoard", terms = new { quorum = 2, voting = "SimpleMajority" },
            seats = new[] { new { id = "chair", title = "Chair", votes = true }, new { id = "m1", title = "Member 1", votes = true },
                new { id = "m2", title = "Member 2", votes = true } },
            constitutedOn = "2017-04-01", source,
        })).Id;
        var planned = (await ledger.RecordAsync($"/api/bodies/{board}/forward-plan", new
        {
            what = "Adopt the urgent care strategy", decideBy = "2017-07-01", @private = false, on = "2017-05-01", version = 0, source,
        })).Id;
        await ledger.RecordAsync($"/api/bodies/{board}/forward-plan", new
        {
            what = "Award the patient transport contract", decideBy = "2017-12-01", @private = true,
            privateReason = "Commercially confidential", on = "2017-05-02", version = 1, source,
        });
        var meeting = (await ledger.RecordAsync($"/api/bodies/{board}/meetings", new { date = "2017-07-01", @public = true, title = "July meeting", source })).Id;
        await ledger.RecordAsync($"/api/meetings/{meeting}/agenda", new
        {
            number = "1", title = "Urgent care strategy", @private = false, lead = "Director of Strategy", purpose = "Decision",
            forwardPlanItemId = planned, version = 1, source,
        });
        await ledger.RecordAsync($"/api/meetings/{meeting}/agenda", new
        {
            number = "2", title = "Car parking charges", @private = false, lead = "Director of Estates", purpose = "Decision", version = 2, source,
        });
        await ledger.RecordAsync($"/api/meetings/{meeting}/attendance",
            new { present = new[] { "chair", "m1", "m2" }, apologies = Array.Empty<string>(), version = 3, source });
        foreach (var (number, item, version) in new[] { ("2017/1", "Urgent care strategy", 4), ("2017/2", "Car parking charges", 5) })
            await ledger.RecordAsync($"/api/meetings/{meeting}/resolutions", new
            {
                number, item, text = $"The board agrees the {item.ToLowerInvariant()}.", reasons = "As in the paper",
                votes = new { @for = new[] { "chair", "m1", "m2" }, against = Array.Empty<string>(), abstained = Array.Empty<string>() },
                recused = Array.Empty<string>(), outcome = "Passed", version, source,
            });
        await ledger.RecordAsync($"/api/bodies/{board}/actions", new
        {
            what = "Publish the strategy", owner = "Director of Strategy", dueOn = "2017-08-01", meetingId = meeting,
            arisingFrom = "resolution 2017/1", on = "2017-07-01", version = 0, source,
        });

        await Open("/footprints/QJG?asOf=2017-09-01", "footprint-QJG-business");
        var business = _page.Locator($"#business article[data-body='{board}']");
        (await business.Locator("table.forward-plan tr[data-item=FP-1]").TextContentAsync())!
            .ShouldContain("decided 2017-07-01 by resolution 2017/1 (passed)");
        (await business.Locator("table.forward-plan tr[data-item=FP-2]").TextContentAsync())!
            .ShouldContain("in private: Commercially confidential");
        (await business.Locator("p.late").TextContentAsync())!.ShouldContain("1 decided without appearing in the forward plan");
        (await business.Locator("ul.late").TextContentAsync())!.ShouldContain("resolution 2017/2 on Car parking charges");
        (await business.Locator("ul.overdue").GetAttributeAsync("data-count")).ShouldBe("1");
        (await business.Locator("ul.overdue").TextContentAsync())!.ShouldContain("A-1: Publish the strategy");
        await Open("/footprints/QJG?asOf=2017-07-15", "footprint-QJG-business-july");
        (await _page.Locator($"#business article[data-body='{board}'] p.overdue").GetAttributeAsync("data-count")).ShouldBe("0");

        await _page.Locator($"#business article[data-body='{board}'] ul.minutes a").ClickAsync();
        await _page.WaitForURLAsync($"**/meetings/{meeting}/minutes");
        (await Accessibility.ViolationsAsync(_page)).ShouldBeEmpty("axe-core on the minutes");
        (await _page.Locator("h1").TextContentAsync()).ShouldBe("Health and Care Partnership Board");
        (await _page.Locator("p.status").TextContentAsync()).ShouldBe("Draft: not yet approved");
        await _page.ScreenshotAsync(new() { Path = Path.Combine(LedgerInABrowser.Screenshots, "minutes.png"), FullPage = true });
        var pdf = await _page.PdfAsync(new() { Path = Path.Combine(LedgerInABrowser.Screenshots, "minutes.pdf"), Format = "A4" });
        System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        pdf.Length.ShouldBeGreaterThan(5_000);
        _errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_plan_shows_its_versions_figures_and_differences_and_the_plan_changes_page_finds_it_in_its_period()
    {
        var source = new { reference = "Plan papers" };
        var board = (await ledger.RecordAsync("/api/footprints/QMJ/bodies", new
        {
            name = "Partnership Board", kind = "PartnershipBoard", terms = new { quorum = 2, voting = "SimpleMajority" },
            seats = new[] { new { id = "chair", title = "Chair", votes = true }, new { id = "m1", title = "Member 1", votes = true } },
            constitutedOn = "2016-04-01", source,
        })).Id;
        var meeting = (await ledger.RecordAsync($"/api/bodies/{board}/meetings", new { date = "2017-01-20", @public = true, source })).Id;
        await ledger.RecordAsync($"/api/meetings/{meeting}/attendance", new { present = new[] { "chair", "m1" }, apologies = Array.Empty<string>(), version = 1, source });
        await ledger.RecordAsync($"/api/meetings/{meeting}/resolutions", new
        {
            number = "2017/1", item = "Plan refresh", text = "The board approves the refreshed finance section.", reasons = "As in the paper",
            votes = new { @for = new[] { "chair", "m1" }, against = Array.Empty<string>(), abstained = Array.Empty<string>() },
            recused = Array.Empty<string>(), outcome = "Passed", version = 2, source,
        });
        var plan = (await ledger.RecordAsync("/api/footprints/QMJ/plans", new
        {
            title = "North Central London plan",
            sections = new object[]
            {
                new { key = "finance", heading = "Finance", text = "Close the gap by 2021.", figures = new[]
                {
                    new { label = "Projected financial gap", year = "2019/20", amount = 500m },
                    new { label = "Projected financial gap", year = "2020/21", amount = 876m },
                } },
                new { key = "primary-care", heading = "Primary care", text = "Extend access.", figures = Array.Empty<object>() },
            },
            draftedOn = "2016-06-30", source,
        })).Id;
        await ledger.RecordAsync($"/api/plans/{plan}/amendments", new
        {
            changes = new[] { new { section = "finance", draftedAgainst = 0, text = "Close the gap by 2022.", figures = new[]
            {
                new { label = "Projected financial gap", year = "2019/20", amount = 450m },
                new { label = "Projected financial gap", year = "2020/21", amount = 800m },
            } } },
            reason = "Refreshed finances", on = "2017-01-10", version = 1, source,
        });
        await ledger.RecordAsync($"/api/plans/{plan}/amendments/A1/approval",
            new { approvedBy = new { bodyId = board, resolution = "2017/1" }, effectiveFrom = "2017-02-01", on = "2017-02-01", version = 2, source });

        await Open($"/plans/{plan}", "plan-evolution");
        (await _page.Locator("#versions tbody tr").CountAsync()).ShouldBe(2);
        (await _page.Locator("#versions tr[data-version='1']").TextContentAsync())!.ShouldContain("amendment A1: Refreshed finances; approved by resolution 2017/1");
        (await _page.Locator("#figures svg polyline").CountAsync()).ShouldBe(2, "one line per version for the one figure");
        (await _page.Locator("#diff ins").AllTextContentsAsync()).ShouldContain("2022.");
        (await _page.Locator("#diff table.figures").TextContentAsync())!.ShouldContain("876");

        await Open("/plan-changes?from=2017-01-01&to=2017-12-31", "plan-changes-2017");
        (await _page.Locator("#plan-changes").TextContentAsync())!.ShouldContain("North Central London plan");
        (await _page.Locator("#by-theme").TextContentAsync())!.ShouldContain("Finance");
        await Open("/plan-changes?from=2018-01-01&to=2018-12-31", "plan-changes-2018");
        (await _page.Locator("#plan-changes").TextContentAsync())!.ShouldNotContain("North Central London plan");

        await Open("/footprints/QMJ?asOf=2018-01-01", "footprint-QMJ-governance");
        (await _page.Locator("#governance-spans rect.span-bar.body").CountAsync()).ShouldBe(1);
        (await _page.Locator("link[rel=alternate][type='application/atom+xml']").GetAttributeAsync("href")).ShouldBe("/feeds/england.atom");

        // The footprint's feed, parsed by the browser as XML: an Atom feed with the decision and the plan change.
        var feed = await (await _page.GotoAsync($"{ledger.BaseUrl}/feeds/footprints/QMJ.atom"))!.TextAsync();
        var parsed = await _page.EvaluateAsync<string[]>("""
            text => {
              const doc = new DOMParser().parseFromString(text, 'application/xml');
              if (doc.getElementsByTagName('parsererror').length) return ['not XML'];
              return [doc.documentElement.namespaceURI, doc.documentElement.localName,
                ...Array.from(doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry'))
                  .map(e => e.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'title')[0].textContent)];
            }
            """, feed);
        parsed[..2].ShouldBe(["http://www.w3.org/2005/Atom", "feed"]);
        parsed.ShouldContain(t => t.Contains("resolution 2017/1"));
        parsed.ShouldContain(t => t.Contains("amendment A1 approved"));
        _errors.ShouldBeEmpty();
    }
}
