using System.Net.Http.Json;
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
    private LedgerNode? _app;
    private IPlaywright? _playwright;
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"governance-browser-{Guid.NewGuid():N}");

    public string BaseUrl => _app!.BaseUrl;

    public IBrowser Browser { get; private set; } = null!;

    public static string Screenshots => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        _app = LedgerNode.Start("ledger", new Dictionary<string, string>
        {
            ["ConnectionStrings__Governance"] = await TestCluster.NewDatabaseAsync(),
            ["Governance__Auth__SigningKey"] = Tokens.SigningKey,
            ["Governance__DataDirectory"] = _dataDirectory,
        });
        await _app.ServingAsync(TimeSpan.FromSeconds(90));

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

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();

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
