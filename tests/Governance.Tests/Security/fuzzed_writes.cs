using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

/// <summary>
/// Every write operation of the OpenAPI description, sent with an administrator's token, with each field of a valid
/// request changed in every way a careless or hostile client might: left out, null, the wrong kind of value, empty,
/// very long, out of range, a list where one value belongs and the reverse. No answer is a 5xx, and a refused request
/// records nothing. (An accepted change moves the record on; later requests carry the version it answered with.)
/// </summary>
public class fuzzed_writes(malformed_requests.ALedgerWithTargets fixture) : IClassFixture<malformed_requests.ALedgerWithTargets>
{
    private static readonly Func<JsonNode?, JsonNode?>[] Changes =
    [
        _ => null,
        _ => JsonValue.Create(""),
        _ => JsonValue.Create(" "),
        _ => JsonValue.Create(new string('x', 100_000)),
        _ => JsonValue.Create(-1),
        _ => JsonValue.Create(long.MaxValue),
        _ => JsonValue.Create(1.5e300),
        _ => JsonValue.Create(true),
        _ => new JsonArray(),
        _ => new JsonArray(JsonValue.Create("x")),
        _ => new JsonObject(),
        _ => JsonValue.Create("2017-02-30"),
        _ => JsonValue.Create("not a value of any kind"),
    ];

    public static TheoryData<string> Endpoints => new(who_may_write.WriteEndpointList);

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task no_change_to_any_field_gets_a_5xx_and_a_refusal_records_nothing(string endpoint)
    {
        var (url, body) = fixture.Targets.Requests[endpoint];
        var valid = JsonSerializer.SerializeToNode(body, Tokens.Json)!.AsObject();
        var client = fixture.Host.ClientFor(Tokens.AdministratorOf(fixture.Host));
        var sent = 0;

        foreach (var path in Paths(valid, ""))
        {
            foreach (var change in new Func<JsonNode?, JsonNode?>?[] { null }.Concat(Changes))
            {
                var request = valid.DeepClone().AsObject();
                if (change is null) Remove(request, path);
                else Replace(request, path, change);
                var before = await EventLog.LastSequenceAsync(fixture.ConnectionString);

                var response = await client.PostAsync(url, new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));

                sent++;
                var answer = $"{url} with {path} changed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                ((int)response.StatusCode).ShouldBeLessThan(500, answer);
                if (!response.IsSuccessStatusCode) (await EventLog.LastSequenceAsync(fixture.ConnectionString)).ShouldBe(before, answer);
                if (response.IsSuccessStatusCode && valid["version"] is not null &&
                    JsonNode.Parse(await response.Content.ReadAsStringAsync())?["version"] is { } moved)
                    valid["version"] = moved.GetValue<long>();
            }
        }

        sent.ShouldBeGreaterThan(Changes.Length);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_member_the_request_does_not_have_is_a_400_naming_it_wherever_it_stands(string endpoint)
    {
        var (url, body) = fixture.Targets.Requests[endpoint];
        var valid = JsonSerializer.SerializeToNode(body, Tokens.Json)!.AsObject();
        var objects = Paths(valid, "").Where(path => Locate(valid, path) is var (parent, key, index) &&
                                                      (key is null ? parent.AsArray()[index] : parent.AsObject()[key]) is JsonObject);

        foreach (var path in objects.Prepend(""))
        {
            var request = valid.DeepClone().AsObject();
            var target = path.Length == 0 ? request : Node(request, path)!.AsObject();
            target["unexpectedMember"] = "dropped silently?";

            await RefusedNamingAsync(url, request, path.Length == 0 ? "unexpectedMember" : $"{path}.unexpectedMember");
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task a_date_that_cannot_be_is_a_400_naming_its_field(string endpoint)
    {
        var (url, body) = fixture.Targets.Requests[endpoint];
        var valid = JsonSerializer.SerializeToNode(body, Tokens.Json)!.AsObject();
        var dates = Paths(valid, "").Where(path => Node(valid, path) is JsonValue value &&
                                                   value.TryGetValue<string>(out var text) && DateOnly.TryParseExact(text, "yyyy-MM-dd", out _));

        foreach (var path in dates)
        foreach (var date in new[] { "15/07/2017", "1850-01-15", "2017-13-45", "2017-7-5", "20170715" })
        {
            var request = valid.DeepClone().AsObject();
            Replace(request, path, _ => JsonValue.Create(date));

            await RefusedNamingAsync(url, request, path);
        }
    }

    private async Task RefusedNamingAsync(string url, JsonObject request, string field)
    {
        var client = fixture.Host.ClientFor(Tokens.AdministratorOf(fixture.Host));
        var before = await EventLog.LastSequenceAsync(fixture.ConnectionString);

        var response = await client.PostAsync(url, new StringContent(request.ToJsonString(), Encoding.UTF8, "application/json"));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, $"{url} with {field}: {text}");
        JsonNode.Parse(text)!["errors"]!.AsObject().Select(e => e.Key).ShouldContain(field, $"{url}: {text}");
        text.ShouldNotContain("Governance.");
        (await EventLog.LastSequenceAsync(fixture.ConnectionString)).ShouldBe(before, text);
    }

    private static JsonNode? Node(JsonObject root, string path)
    {
        var (parent, key, index) = Locate(root, path);
        return key is null ? parent.AsArray()[index] : parent.AsObject()[key];
    }

    /// <summary>Every field, nested ones and list items included, as a path like "terms.quorum" or "seats[0].id".</summary>
    private static IEnumerable<string> Paths(JsonNode? node, string prefix) => node switch
    {
        JsonObject o => o.SelectMany(p => Paths(p.Value, prefix.Length == 0 ? p.Key : $"{prefix}.{p.Key}").Prepend(prefix.Length == 0 ? p.Key : $"{prefix}.{p.Key}")),
        JsonArray a when a.Count > 0 => Paths(a[0], $"{prefix}[0]").Prepend($"{prefix}[0]"),
        _ => [],
    };

    private static (JsonNode Parent, string? Key, int Index) Locate(JsonObject root, string path)
    {
        JsonNode parent = root;
        var parts = path.Replace("[", ".[").Split('.');
        for (var i = 0; i < parts.Length - 1; i++) parent = Step(parent, parts[i])!;
        var last = parts[^1];
        return last.StartsWith('[') ? (parent, null, int.Parse(last.Trim('[', ']'))) : (parent, last, -1);
    }

    private static JsonNode? Step(JsonNode node, string part) =>
        part.StartsWith('[') ? node.AsArray()[int.Parse(part.Trim('[', ']'))] : node.AsObject()[part];

    private static void Remove(JsonObject root, string path)
    {
        var (parent, key, index) = Locate(root, path);
        if (key is not null) parent.AsObject().Remove(key);
        else parent.AsArray().RemoveAt(index);
    }

    private static void Replace(JsonObject root, string path, Func<JsonNode?, JsonNode?> change)
    {
        var (parent, key, index) = Locate(root, path);
        if (key is not null) parent.AsObject()[key] = change(parent.AsObject()[key]);
        else parent.AsArray()[index] = change(parent.AsArray()[index]);
    }
}
