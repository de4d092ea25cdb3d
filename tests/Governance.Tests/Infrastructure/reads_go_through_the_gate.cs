using System.Reflection;
using Alba;
using Governance.Ledger.Infrastructure.Reading;
using Governance.Tests.Support;
using Marten;
using Wolverine.Http;

namespace Governance.Tests.Infrastructure;

/// <summary>Every read (API answer, page, feed, export) reads through the one gate, <see cref="RecordReader"/>: no
/// endpoint holds a Marten session or store, or a connection to PostgreSQL, of its own, none reads the two clocks itself, and the gate checks them
/// for all.</summary>
[Collection(LedgerCollection.Name)]
public class reads_go_through_the_gate(LedgerApp ledger)
{
    private static readonly Type[] Sessions =
        [typeof(IQuerySession), typeof(IDocumentSession), typeof(IDocumentStore), typeof(Npgsql.NpgsqlDataSource), typeof(Npgsql.NpgsqlConnection)];

    private static IEnumerable<MethodInfo> Reads() => typeof(RecordReader).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.GetCustomAttribute<WolverineGetAttribute>() is not null);

    [Fact]
    public void no_read_endpoint_takes_a_session_or_the_clocks_of_its_own()
    {
        var reads = Reads().ToList();
        reads.Count.ShouldBeGreaterThan(50);

        reads.Where(m => m.GetParameters().Any(p => Sessions.Contains(p.ParameterType)))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ShouldBeEmpty();
        reads.Where(m => m.GetParameters().Any(p => p.Name is "asOf" or "knownAt" or "date"))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}").ShouldBeEmpty();
        typeof(RecordReader).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "Validate" && m.GetParameters().Any(p => p.Name is "asOf" or "knownAt"))
            .Select(m => m.DeclaringType!.Name).ShouldBeEmpty("the gate checks the clocks once for every read");
    }

    [Fact]
    public void who_may_see_private_records_is_decided_only_by_the_gate() =>
        typeof(Governance.Ledger.Infrastructure.Security.WriteAccess).GetMethods()
            .Select(m => m.Name).ShouldNotContain("SeesPrivate");

    [Theory]
    [InlineData("/api/footprints/QHM?asOf=2017-13-01", "asOf")]
    [InlineData("/footprints/QHM?asOf=2017-02-30", "asOf")]
    [InlineData("/api/footprints?knownAt=yesterday", "knownAt")]
    [InlineData("/api/dashboard/national?asOf=1899-12-31", "asOf")]
    public async Task a_clock_that_cannot_be_read_is_a_400_naming_it_on_every_read(string url, string field)
    {
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(400);
        });

        (await result.ReadAsTextAsync()).ShouldContain($"\"{field}\"");
    }

    [Fact]
    public async Task every_read_through_the_gate_documents_both_clocks()
    {
        var openApi = System.Text.Json.Nodes.JsonNode.Parse(await (await ledger.Host.Scenario(s => s.Get.Url("/openapi/v1.json")))
            .ReadAsTextAsync())!;
        var page = openApi["paths"]!["/footprints/{id}"]!["get"]!["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();
        var api = openApi["paths"]!["/api/bodies/{id}"]!["get"]!["parameters"]!.AsArray().Select(p => (string)p!["name"]!).ToList();

        page.ShouldContain("asOf");
        page.ShouldContain("knownAt");
        api.ShouldContain("asOf");
        api.ShouldContain("knownAt");
    }
}
