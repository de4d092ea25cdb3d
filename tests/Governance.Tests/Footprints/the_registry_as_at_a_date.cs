using Alba;
using Governance.Domain.Footprints;
using Governance.Ledger.Footprints;
using Governance.Tests.Support;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Tests.Footprints;

[Collection(LedgerCollection.Name)]
public class the_registry_as_at_a_date(LedgerApp ledger)
{
    [Fact]
    public async Task on_31_december_2016_it_lists_the_44_footprints_with_the_names_and_codes_of_2016()
    {
        var footprints = await ledger.Host.GetAsJson<FootprintView[]>("/api/footprints?asOf=2016-12-31");

        footprints!.Select(f => (f.Code, f.Name)).ShouldBe(
            ReferenceFiles.Rows("stp_footprints_2016.csv").Select(row => (row["code"], row["name"])),
            ignoreOrder: true);
        footprints!.ShouldAllBe(f => f.Stage == FootprintStage.SustainabilityAndTransformationPlan);
    }

    [Fact]
    public async Task on_1_january_2019_the_three_northern_footprints_have_merged_leaving_42()
    {
        var footprints = await ledger.Host.GetAsJson<FootprintView[]>("/api/footprints?asOf=2019-01-01");

        footprints!.Length.ShouldBe(42);
        footprints.Select(f => f.Id).ShouldNotContain(id => id == "E54000045" || id == "E54000046" || id == "E54000047");
        footprints.Single(f => f.Id == "QHM").Name.ShouldBe("Cumbria and North East");
    }

    [Fact]
    public async Task on_2_july_2022_it_lists_the_42_integrated_care_boards()
    {
        var footprints = await ledger.Host.GetAsJson<FootprintView[]>("/api/footprints?asOf=2022-07-02");

        footprints!.Select(f => (f.Code, f.Name, f.Region)).ShouldBe(
            ReferenceFiles.Rows("ics_2022.csv").Select(row => (row["code"], row["name"], (string?)row["region"])),
            ignoreOrder: true);
        footprints!.ShouldAllBe(f => f.Stage == FootprintStage.IntegratedCareBoard);
    }

    [Fact]
    public async Task before_the_footprints_were_published_there_are_none()
    {
        var footprints = await ledger.Host.GetAsJson<FootprintView[]>("/api/footprints?asOf=2016-03-14");

        footprints.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_footprint_keeps_its_identity_while_its_code_and_name_change()
    {
        var in2016 = await ledger.Host.GetAsJson<FootprintView>("/api/footprints/QWO?asOf=2016-12-31");
        var in2021 = await ledger.Host.GetAsJson<FootprintView>("/api/footprints/QWO?asOf=2021-01-01");
        var in2022 = await ledger.Host.GetAsJson<FootprintView>("/api/footprints/QWO?asOf=2022-07-01");

        (in2016!.Code, in2016.Name, in2016.Stage).ShouldBe(
            ("E54000005", "West Yorkshire", FootprintStage.SustainabilityAndTransformationPlan));
        (in2021!.Code, in2021.Stage, in2021.Wave).ShouldBe(("E54000054", FootprintStage.IntegratedCareSystem, "2018-05"));
        (in2022!.Code, in2022.Name).ShouldBe(("E54000054", "NHS West Yorkshire Integrated Care Board"));
    }

    [Fact]
    public async Task as_known_before_anything_was_recorded_the_registry_is_empty()
    {
        var footprints = await ledger.Host.GetAsJson<FootprintView[]>(
            "/api/footprints?asOf=2022-07-02&knownAt=2000-01-01T00:00:00Z");

        footprints.ShouldBeEmpty();
    }

    [Fact]
    public async Task a_malformed_date_is_a_400_that_names_the_parameter_and_the_format()
    {
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/footprints?asOf=2016-13-01");
            s.StatusCodeShouldBe(400);
        });

        var problem = await result.ReadAsJsonAsync<ValidationProblemDetails>();
        problem!.Errors["asOf"].ShouldHaveSingleItem().ShouldContain("YYYY-MM-DD");
    }

    [Fact]
    public async Task an_unknown_footprint_is_a_404_that_says_where_to_find_the_ids()
    {
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/footprints/QXX");
            s.StatusCodeShouldBe(404);
        });

        var problem = await result.ReadAsJsonAsync<ProblemDetails>();
        problem!.Detail!.ShouldContain("GET /api/footprints");
    }

    [Fact]
    public async Task a_footprint_asked_for_after_it_merged_is_a_404_naming_its_successor()
    {
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url("/api/footprints/E54000046?asOf=2019-01-01");
            s.StatusCodeShouldBe(404);
        });

        var problem = await result.ReadAsJsonAsync<ProblemDetails>();
        problem!.Detail.ShouldBe("Footprint E54000046 merged into QHM on 2018-08-01; record facts after that date against QHM.");
    }
}
