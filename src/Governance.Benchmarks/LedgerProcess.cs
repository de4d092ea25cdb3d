using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Governance.Benchmarks;

/// <summary>The ledger started as its own process on a free loopback port, as a client would meet it.</summary>
public sealed class LedgerProcess : IAsyncDisposable
{
    private readonly Process _app;

    private LedgerProcess(Process app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public string BaseUrl { get; }

    public static async Task<LedgerProcess> StartAsync(string connectionString, IDictionary<string, string>? settings = null)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var baseUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        listener.Stop();
        var data = Directory.CreateTempSubdirectory("governance-bench-").FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Governance.Ledger.dll"), "--urls", baseUrl])
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["ConnectionStrings__Governance"] = connectionString, ["Governance__DataDirectory"] = data },
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var app = Process.Start(start)!;
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var attempt = 0; attempt < 400; attempt++)
        {
            try
            {
                if ((await http.GetAsync($"{baseUrl}/api/footprints?asOf=2016-12-31")).IsSuccessStatusCode) return new LedgerProcess(app, baseUrl);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        app.Kill(entireProcessTree: true);
        throw new InvalidOperationException("The ledger did not start.");
    }

    /// <summary>Waits until the hash chain has followed the log to its end (events appended outside the ledger, as a
    /// benchmark seeds them, are chained in the background after it starts), so that what is measured is the steady
    /// state, not the catching up. The ledger must have been started with <c>Governance:Health:MaxUnchained</c> 0.</summary>
    public async Task ChainedAsync(TimeSpan within)
    {
        using var http = new HttpClient();
        var until = DateTime.UtcNow + within;
        while (!(await http.GetAsync($"{BaseUrl}/health/ready")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > until) throw new InvalidOperationException($"The chain did not catch up with the log within {within}.");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _app.Kill(entireProcessTree: true);
        await _app.WaitForExitAsync();
        _app.Dispose();
    }
}
