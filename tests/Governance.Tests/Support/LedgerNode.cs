using System.Collections.Concurrent;
using System.Diagnostics;

namespace Governance.Tests.Support;

/// <summary>
/// The built ledger as a process of its own on a loopback port, as an operator runs it: started with the settings
/// given, its output kept for when a test fails, and stopped (or killed outright, as a machine dying would) by the test.
/// </summary>
public sealed class LedgerNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private LedgerNode(string name, string baseUrl, Process process) => (Name, BaseUrl, _process) = (name, baseUrl, process);

    public string Name { get; }

    public string BaseUrl { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The node's last lines of output, to read when a test fails.</summary>
    public string Output => string.Join('\n', _output.TakeLast(80));

    /// <summary>Starts the node from the build's folder, so that it reads the settings the build ships with.</summary>
    public static LedgerNode Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        var baseUrl = $"http://127.0.0.1:{Loopback.FreePort()}";
        var start = new ProcessStartInfo("dotnet", [BuiltLedger.Dll, "--urls", baseUrl])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        var node = new LedgerNode(name, baseUrl, Process.Start(start)!);
        node._process.OutputDataReceived += (_, line) => node.Keep(line.Data);
        node._process.ErrorDataReceived += (_, line) => node.Keep(line.Data);
        node._process.BeginOutputReadLine();
        node._process.BeginErrorReadLine();
        return node;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        while (_output.Count > 400) _output.TryDequeue(out _);
    }

    /// <summary>Waits until the node answers requests.</summary>
    public async Task ServingAsync(TimeSpan within)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health/live")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"{Name} did not start serving on {BaseUrl}:\n{Output}");
    }

    /// <summary>A client for this node, signed in with <paramref name="token"/>.</summary>
    public HttpClient Client(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL, as a machine dying would: no shutdown, nothing handed over.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the node to exit by itself, and says with what code.</summary>
    public async Task<int> ExitedAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }
}
