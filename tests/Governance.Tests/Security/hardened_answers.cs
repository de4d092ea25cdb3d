using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Alba;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

/// <summary>What every answer carries, HEAD wherever GET, query values that are refused rather than guessed at, and
/// CSV cells a spreadsheet would run as formulas.</summary>
public class hardened_answers(LedgerApp ledger) : IClassFixture<LedgerApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/footprints?asOf=2016-12-31")]
    public async Task pages_and_the_api_carry_the_security_headers(string url)
    {
        var response = await ledger.Host.Server.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/footprints/QF7")]
    [InlineData("/api/dashboard/national.csv?asOf=2016-12-31")]
    public async Task head_answers_wherever_get_does_with_no_body(string url)
    {
        var response = await ledger.Host.Server.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/audit/events?stream=QF7&page=abc", "page")]
    [InlineData("/api/audit/events?stream=QF7&page=2147483647", "page")]
    [InlineData("/?asOf=0001-01-01", "asOf")]
    [InlineData("/api/footprints?asOf=9999-12-31", "asOf")]
    [InlineData("/api/footprints?knownAt=0001-01-01T00:00:00Z", "knownAt")]
    [InlineData("/api/footprints?asOf=2016-12-31%00", "path")]
    public async Task a_query_value_out_of_range_or_unreadable_is_a_400_naming_it(string url, string field)
    {
        var response = await ledger.Host.ClientFor(Tokens.For(ledger.Host, "Ann Auditor", "auditor")).GetAsync(url);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        text.ShouldContain(field);
    }

    [Fact]
    public async Task raw_history_takes_a_moment_with_any_offset()
    {
        var response = await ledger.Host.ClientFor(Tokens.For(ledger.Host, "Ann Auditor", "auditor"))
            .GetAsync("/api/audit/events?stream=QF7&from=2016-01-01T00:00:00%2B01:00");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task writers_racing_to_start_a_footprints_partner_list_get_one_200_and_409s_never_a_500()
    {
        var client = ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host));

        var responses = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => client.PostAsJsonAsync("/api/footprints/QKS/partners", new
        {
            organisationCode = $"R{n:00}", name = $"Trust {n}", type = "NhsFoundationTrust", joinedOn = "2017-04-01", version = 0,
            source = new { reference = "MoU" },
        })));

        responses.Select(r => r.StatusCode).OrderBy(status => status)
            .ShouldBe([HttpStatusCode.OK, .. Enumerable.Repeat(HttpStatusCode.Conflict, 7)]);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task the_health_endpoints_answer_anyone_while_the_ledger_and_its_database_are_well(string url)
    {
        var response = await ledger.Host.Server.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task a_csv_cell_that_a_spreadsheet_would_run_as_a_formula_is_made_text()
    {
        var version = (await ledger.Host.GetAsJson<object[]>("/api/footprints/QHL/history"))!.Length;
        await ledger.Host.Records("/api/footprints/QHL/leads", new
        {
            lead = "=HYPERLINK(\"http://example.invalid\",\"x\")", role = "Chair", effectiveOn = "2023-01-01", precision = "Day",
            version, source = new { reference = "Board minutes" },
        });

        var csv = await ledger.Host.Server.CreateClient().GetStringAsync("/api/dashboard/national.csv?asOf=2023-06-01");

        csv.ShouldContain("\"'=HYPERLINK(");
        csv.ShouldNotContain(",=HYPERLINK(");
        csv.ShouldNotContain(",\"=HYPERLINK(");
    }
}

/// <summary>The guard that keeps a ledger signing with its own generated key on loopback reads where the server
/// actually listens, however it was told to listen.</summary>
public class the_guard_on_bound_addresses
{
    [Theory]
    [InlineData("Kestrel__Endpoints__Http__Url", "http://0.0.0.0:{port}")]
    [InlineData("HTTP_PORTS", "{port}")]
    public async Task a_ledger_with_a_generated_key_told_to_listen_beyond_loopback_stops_with_exit_code_1(string setting, string value)
    {
        var port = Loopback.FreePort();
        var data = Path.Combine(Path.GetTempPath(), $"governance-guard-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        var start = new ProcessStartInfo("dotnet", [BuiltLedger.Dll])
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Governance"] = await TestCluster.NewDatabaseAsync(),
                ["Governance__DataDirectory"] = data,
                ["Governance__ImportReferenceHistory"] = "false",
                ["Urls"] = "",
                ["ASPNETCORE_URLS"] = "",
                [setting] = value.Replace("{port}", port.ToString()),
            },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));

        process.ExitCode.ShouldBe(1, await output + await errors);
        (await output + await errors).ShouldContain("Refusing to listen on");
        Directory.Delete(data, recursive: true);
    }
}
