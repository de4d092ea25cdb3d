using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Governance.Tests.Support;

namespace Governance.Tests.Infrastructure;

/// <summary>
/// The ledger as run by ops/run.sh, with its own embedded PostgreSQL, under a steady stream of writes: its server is
/// killed (SIGKILL). Meanwhile every answer is a 503 with Retry-After or a success, never a 500 or a hang; the ledger
/// serves again within 30 seconds without being restarted; every write it acknowledged is in the record; and SIGTERM
/// then stops it with exit code 0.
/// </summary>
public class losing_the_embedded_database : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"governance-outage-{Guid.NewGuid():N}");
    private Process _ledger = null!;
    private string _url = "";
    private readonly StringWriter _log = new();

    // The process's two output streams write from their own threads while the test reads.
    private void Write(string? line)
    {
        lock (_log) _log.WriteLine(line);
    }

    private string Log()
    {
        lock (_log) return _log.ToString();
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_data);
        _url = $"http://127.0.0.1:{Loopback.FreePort()}";
        _ledger = Process.Start(new ProcessStartInfo("dotnet", [BuiltLedger.Dll, "--urls", _url])
        {
            WorkingDirectory = _data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Governance__DataDirectory"] = _data, ["Governance__Auth__SigningKey"] = Tokens.SigningKey },
        })!;
        _ledger.OutputDataReceived += (_, line) => Write(line.Data);
        _ledger.ErrorDataReceived += (_, line) => Write(line.Data);
        _ledger.BeginOutputReadLine();
        _ledger.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!(await TryGetAsync(http, "/api/footprints/QF7/history")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline || _ledger.HasExited) throw new TimeoutException($"The ledger did not start:\n{Log()}");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task answers_503_while_its_database_is_down_serves_again_within_30_seconds_and_loses_no_acknowledged_write()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.AdministratorByKey());
        var acknowledged = new List<string>();
        var answers = new List<HttpStatusCode>();
        DateTime? killedAt = null;
        TimeSpan? downFor = null;

        for (var n = 0; acknowledged.Count < 20; n++)
        {
            if (acknowledged.Count == 8 && killedAt is null)
            {
                KillTheDatabaseServer();
                killedAt = DateTime.UtcNow;
            }

            var version = (await http.GetFromJsonAsync<object[]>($"{_url}/api/footprints/QF7/history").CatchUnavailable())?.Length;
            if (version is null)
            {
                answers.Add(HttpStatusCode.ServiceUnavailable);
                await Task.Delay(250);
                continue;
            }

            var lead = $"Lead {n}";
            var response = await http.PostAsJsonAsync($"{_url}/api/footprints/QF7/leads", new
            {
                lead, role = "Chair", effectiveOn = "2023-01-01", precision = "Day", version,
                source = new { reference = "Board minutes" },
            });
            answers.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                response.Headers.RetryAfter.ShouldNotBeNull();
                await Task.Delay(250);
                continue;
            }

            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            acknowledged.Add(lead);
            if (killedAt is not null && downFor is null) downFor = DateTime.UtcNow - killedAt;
            (DateTime.UtcNow - (killedAt ?? DateTime.UtcNow)).ShouldBeLessThan(TimeSpan.FromSeconds(90), "the ledger never came back");
        }

        answers.ShouldContain(HttpStatusCode.ServiceUnavailable, "the outage was seen");
        answers.ShouldNotContain(status => (int)status >= 500 && status != HttpStatusCode.ServiceUnavailable);
        downFor.ShouldNotBeNull();
        downFor.Value.ShouldBeLessThan(TimeSpan.FromSeconds(30), Log());
        var history = await http.GetStringAsync($"{_url}/api/footprints/QF7/history");
        acknowledged.ShouldAllBe(lead => history.Contains($"\"{lead}\""));

        Process.Start("kill", ["-TERM", _ledger.Id.ToString()])!.WaitForExit();
        await _ledger.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        _ledger.ExitCode.ShouldBe(0, Log());
    }

    private void KillTheDatabaseServer()
    {
        var pid = int.Parse(File.ReadLines(Path.Combine(_data, "postgres", "postmaster.pid")).First());
        Process.Start("kill", ["-KILL", pid.ToString()])!.WaitForExit();
    }

    private async Task<HttpResponseMessage> TryGetAsync(HttpClient http, string path)
    {
        try
        {
            return await http.GetAsync(_url + path);
        }
        catch (HttpRequestException)
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }
    }

    public Task DisposeAsync() => LedgerProcesses.StopAndRemoveAsync(_ledger, _data);
}

internal static class Unavailable
{
    /// <summary>A read answered 503 is null; any other failure is a failure.</summary>
    public static async Task<T?> CatchUnavailable<T>(this Task<T?> read) where T : class
    {
        try
        {
            return await read;
        }
        catch (HttpRequestException e) when (e.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            return null;
        }
    }
}
