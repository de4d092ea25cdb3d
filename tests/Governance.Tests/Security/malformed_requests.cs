using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alba;
using Governance.Tests.Support;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Tests.Security;

/// <summary>
/// Bodies no write can take, sent with an administrator's token to every write endpoint: each is a 400 ProblemDetails
/// naming the field (as an error's key, or as the path of a value Wolverine's reading of the body refused), never a
/// 5xx, and nothing is recorded (the log's last sequence does not move, so no sequence is
/// burned either).
/// </summary>
public class malformed_requests(malformed_requests.ALedgerWithTargets fixture) : IClassFixture<malformed_requests.ALedgerWithTargets>
{
    private readonly LedgerApp ledger = fixture;
    private readonly WriteTargets _targets = fixture.Targets;

    /// <summary>A ledger of its own holding one valid request for every write endpoint.</summary>
    public sealed class ALedgerWithTargets : LedgerApp, IAsyncLifetime
    {
        public WriteTargets Targets { get; private set; } = null!;

        async Task IAsyncLifetime.InitializeAsync()
        {
            await InitializeAsync();
            Targets = await WriteTargets.SetUpAsync(Host);
        }
    }

    public static TheoryData<string> Endpoints => new(who_may_write.WriteEndpointList);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_null_body_is_a_400_and_records_nothing(string endpoint) =>
        await RefusedAsync(endpoint, "null", "body");

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_nul_character_in_any_text_is_a_400_naming_the_field_and_records_nothing(string endpoint)
    {
        var (url, body) = _targets.Requests[endpoint];
        var json = JsonSerializer.SerializeToNode(body, Tokens.Json)!.AsObject();
        var field = json.FirstOrDefault(p => p.Value is JsonValue value && value.GetValueKind() == JsonValueKind.String).Key;
        if (field is null) json["source"]!["reference"] = "before\u0000after";
        else json[field] = "before\u0000after";
        field ??= "source.reference";

        await RefusedAsync(endpoint, json.ToJsonString(), field, url);
    }

    [Theory]
    [InlineData("/api/footprints/{footprintId}/bodies", "seats")]
    [InlineData("/api/footprints/{footprintId}/plans", "sections")]
    [InlineData("/api/plans/{id}/amendments", "changes")]
    [InlineData("/api/footprints/{id}/shared-decisions", "requiredPartners")]
    [InlineData("/api/footprints/{id}/arrangements", "adoptedBy")]
    public async Task a_null_element_in_a_list_is_a_400_naming_it(string endpoint, string list)
    {
        var (url, body) = _targets.Requests[endpoint];
        var json = JsonSerializer.SerializeToNode(body, Tokens.Json)!.AsObject();
        json[list]!.AsArray().Add(null);

        await RefusedAsync(endpoint, json.ToJsonString(), $"{list}[{json[list]!.AsArray().Count - 1}]", url);
    }

    [Theory]
    [InlineData("/api/footprints/{footprintId}/bodies", "terms", "voting")]
    [InlineData("/api/footprints/{id}/leads", null, "precision")]
    [InlineData("/api/plans/{id}/milestones", null, "milestone")]
    [InlineData("/api/footprints/{id}/arrangements", null, "kind")]
    public async Task an_enum_given_as_a_number_is_a_400_naming_it(string endpoint, string? parent, string field)
    {
        var (url, body) = _targets.Requests[endpoint];
        var json = JsonSerializer.SerializeToNode(body, Tokens.Json)!.AsObject();
        (parent is null ? json : json[parent]!.AsObject())[field] = 99;

        await RefusedAsync(endpoint, json.ToJsonString(), parent is null ? field : $"{parent}.{field}", url);
    }

    [Fact]
    public async Task a_deadline_far_beyond_any_record_is_a_400() =>
        await RefusedWith("/api/footprints/{id}/shared-decisions", json => json["deadline"] = "9999-12-31", "deadline");

    [Theory]
    [InlineData("{\"lead\": \"\\ud800\"}")]
    [InlineData("{\"\\udc00\": 1}")]
    public async Task text_that_is_not_valid_unicode_is_a_400(string json) =>
        await RefusedAsync("/api/footprints/{id}/leads", json, "body");

    [Fact]
    public async Task bytes_that_are_not_utf8_are_a_400()
    {
        var before = await EventLog.LastSequenceAsync(ledger.ConnectionString);
        var content = new ByteArrayContent([.. "{\"lead\": \""u8.ToArray(), 0xC3, 0xFF, .. "\"}"u8.ToArray()]);
        content.Headers.ContentType = new("application/json");

        var response = await ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host))
            .PostAsync(_targets.Requests["/api/footprints/{id}/leads"].Url, content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await EventLog.LastSequenceAsync(ledger.ConnectionString)).ShouldBe(before);
    }

    [Fact]
    public async Task a_caller_without_a_token_is_told_401_before_anything_about_the_body()
    {
        var response = await ledger.Host.Server.CreateClient().PostAsync(_targets.Requests["/api/footprints/{id}/leads"].Url,
            new StringContent("null", Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task a_plan_figure_without_a_label_is_a_400() =>
        await RefusedWith("/api/footprints/{footprintId}/plans",
            json => json["sections"]![0]!["figures"] = new JsonArray(new JsonObject { ["label"] = null, ["year"] = "2017/18", ["amount"] = 1 }),
            "sections");

    [Fact]
    public async Task a_body_that_is_not_json_is_a_400() =>
        await RefusedAsync("/api/footprints/{id}/leads", "{\"lead\": ", "body");

    private Task RefusedWith(string endpoint, Action<JsonObject> change, string field)
    {
        var (url, body) = _targets.Requests[endpoint];
        var json = JsonSerializer.SerializeToNode(body, Tokens.Json)!.AsObject();
        change(json);
        return RefusedAsync(endpoint, json.ToJsonString(), field, url);
    }

    private async Task RefusedAsync(string endpoint, string json, string field, string? url = null)
    {
        var before = await EventLog.LastSequenceAsync(ledger.ConnectionString);
        var client = ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host));

        var response = await client.PostAsync(url ?? _targets.Requests[endpoint].Url,
            new StringContent(json, Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        var problem = JsonSerializer.Deserialize<ValidationProblemDetails>(text, Tokens.Json)!;
        // Named as an error's key (the ledger's own checks) or as the path of a value the types refused.
        (problem.Errors.Keys.Any(key => string.Equals(key, field, StringComparison.OrdinalIgnoreCase)) ||
         problem.Detail?.Contains($"Path: $.{field} ", StringComparison.OrdinalIgnoreCase) == true).ShouldBeTrue(text);
        (await EventLog.LastSequenceAsync(ledger.ConnectionString)).ShouldBe(before, "a refused request must record nothing");
    }
}
