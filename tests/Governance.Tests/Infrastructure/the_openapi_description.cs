using System.Text.Json.Nodes;
using Alba;
using Governance.Tests.Support;

namespace Governance.Tests.Infrastructure;

[Collection(LedgerCollection.Name)]
public class the_openapi_description(LedgerApp ledger)
{
    private async Task<JsonObject> Paths()
    {
        var result = await ledger.Host.Scenario(s => s.Get.Url("/openapi/v1.json"));
        return JsonNode.Parse(await result.ReadAsTextAsync())!["paths"]!.AsObject();
    }

    [Fact]
    public async Task documents_every_api_operation_with_a_summary_in_words_and_its_slice()
    {
        var operations = (await Paths())
            .Where(path => path.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().Select(op => (Path: path.Key, Operation: op.Value!)))
            .ToList();

        operations.Count.ShouldBeGreaterThan(40);
        operations.ShouldAllBe(o => !o.Operation["summary"]!.GetValue<string>().Contains('_'),
            "every operation's summary comes from its documentation, not its route");
        operations.Select(o => o.Operation["tags"]![0]!.GetValue<string>()).Distinct()
            .ShouldBe(["Footprints", "Partners", "Boards", "Plans", "SharedDecisions", "Notices", "Audit", "Dashboard", "Cluster", "ServiceChanges", "Engagement", "Assessments", "Funding", "Secretariat", "Papers", "Feeds", "People"],
                ignoreOrder: true);
    }

    [Fact]
    public async Task describes_what_the_plan_reads_answer()
    {
        var plan = (await Paths())["/api/plans/{id}"]!["get"]!;

        plan["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
            .ShouldEndWith("PlanAsAtView");
        plan["summary"]!.GetValue<string>().ShouldBe("The plan as at a date");
    }

    [Fact]
    public async Task declares_the_bearer_scheme_and_which_operations_need_a_token()
    {
        var result = await ledger.Host.Scenario(s => s.Get.Url("/openapi/v1.json"));
        var document = JsonNode.Parse(await result.ReadAsTextAsync())!;
        var paths = document["paths"]!;

        document["components"]!["securitySchemes"]!["bearer"]!["scheme"]!.GetValue<string>().ShouldBe("bearer");
        paths["/api/footprints/{footprintId}/bodies"]!["post"]!["security"]![0]!["bearer"].ShouldNotBeNull();
        paths["/api/audit/verify"]!["post"]!["security"]![0]!["bearer"].ShouldNotBeNull();
        paths["/api/footprints"]!["get"]!["security"]![0]!.AsObject().Count.ShouldBe(0, "anyone may read the footprints");
    }
}
