using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Governance.Tests.Support;

namespace Governance.Tests.Infrastructure;

/// <summary>
/// The README's token command beside a running ledger, as a new secretary runs it: the ledger holds its data folder
/// and embedded cluster, and issue-token signs with the key the ledger generated there, prints the token alone on
/// standard output and nothing of the command runner's search for verbs; a token it refuses to issue is one line on
/// standard error and a non-zero exit, never an empty success.
/// </summary>
public sealed class issuing_a_token_while_the_ledger_runs : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"governance-token-{Guid.NewGuid():N}");
    private readonly string _url = $"http://127.0.0.1:{Loopback.FreePort()}";
    private Process _ledger = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_data);
        _ledger = Start(["--urls", _url]);
        _ledger.BeginOutputReadLine();
        _ledger.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!await LiveAsync(http))
        {
            if (DateTime.UtcNow > deadline || _ledger.HasExited) throw new TimeoutException("The ledger did not start.");
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task a_token_is_issued_beside_the_running_ledger_and_the_ledger_takes_it()
    {
        var (exit, output, errors) = await RunAsync("issue-token", "Jane Smith", "--role", "secretary", "--footprints", "QF7");

        exit.ShouldBe(0, errors);
        var token = output.Trim();
        token.Split('.').Length.ShouldBe(3, $"standard output should be the token alone, was: {output}");
        (output + errors).ShouldNotContain("Searching");
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var answer = await http.PostAsync($"{_url}/api/footprints/QF7/bodies", new StringContent("{}", Encoding.UTF8, "application/json"));
        // Past authentication: the body is what is wrong.
        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_token_it_cannot_issue_is_a_clear_line_and_a_non_zero_exit()
    {
        var (exit, output, errors) = await RunAsync("issue-token", "Jane Smith", "--role", "chancellor");

        exit.ShouldNotBe(0);
        output.Trim().ShouldBeEmpty();
        errors.ShouldContain("Name a person and at least one role");
    }

    private async Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var verb = Start(args);
        var output = verb.StandardOutput.ReadToEndAsync();
        var errors = verb.StandardError.ReadToEndAsync();
        await verb.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (verb.ExitCode, await output, await errors);
    }

    private Process Start(IEnumerable<string> args) => Process.Start(
        new ProcessStartInfo("dotnet", [BuiltLedger.Dll, .. args])
        {
            WorkingDirectory = _data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Governance__DataDirectory"] = _data },
        })!;

    private async Task<bool> LiveAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync($"{_url}/health/live")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public Task DisposeAsync() => LedgerProcesses.StopAndRemoveAsync(_ledger, _data);
}
