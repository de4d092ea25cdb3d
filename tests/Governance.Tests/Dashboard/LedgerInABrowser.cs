using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Governance.Ledger.Infrastructure.Http;
using Governance.Tests.Support;
using Microsoft.Playwright;

namespace Governance.Tests.Dashboard;

/// <summary>
/// The ledger as a user meets it: the built app running as its own process on a loopback port, with the reference
/// history, and Debian's Chromium (installed by ops/setup.sh) driven headless through Playwright.
/// </summary>
public sealed class LedgerInABrowser : IAsyncLifetime
{
    private Process? _app;
    private IPlaywright? _playwright;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"governance-browser-{Guid.NewGuid():N}");

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        var port = Loopback.FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        Directory.CreateDirectory(_dataDirectory);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Governance.Ledger.dll"), "--urls", BaseUrl])
        {
            WorkingDirectory = _dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ConnectionStrings__Governance"] = await TestCluster.NewDatabaseAsync(),
                ["Governance__Auth__SigningKey"] = Tokens.SigningKey,
                ["Governance__DataDirectory"] = _dataDirectory,
            },
        };
        _app = Process.Start(start)!;
        _app.OutputDataReceived += (_, _) => { };
        _app.ErrorDataReceived += (_, _) => { };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();
        await WaitUntilServingAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>Records something through the ledger's API, as an administrator would.</summary>
    public async Task<RecordedResponse> RecordAsync(string path, object body)
    {
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", Tokens.AdministratorByKey());
        var response = await http.PostAsJsonAsync(BaseUrl + path, body);
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RecordedResponse>())!;
    }

    private async Task WaitUntilServingAsync()
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !_app!.HasExited)
        {
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/api/footprints?asOf=2016-12-31")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The ledger did not start serving on {BaseUrl}.");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is { HasExited: false })
        {
            _app.Kill(entireProcessTree: true);
            await _app.WaitForExitAsync();
        }

        if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
    }
}

/// <summary>The browser tests run on their own, after the others: a page waited for under the load of the fuzzing and
/// racing tests on two cores could time out for no fault of the page.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InABrowser
{
    public const string Name = "in a browser";
}
