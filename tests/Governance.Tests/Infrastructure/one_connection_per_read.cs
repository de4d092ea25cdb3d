using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Governance.Tests.Boards;
using Governance.Tests.Support;
using Xunit.Abstractions;

namespace Governance.Tests.Infrastructure;

/// <summary>
/// A read makes its round trips to PostgreSQL over one connection, and a page batches what it needs. Counted from
/// Npgsql's own trace of each command it sends, for the one request sent with a trace id of the test's own (other
/// tests' reads run in the same process at the same time).
/// </summary>
[Collection(LedgerCollection.Name)]
public sealed class one_connection_per_read(LedgerApp ledger, ITestOutputHelper output) : IDisposable
{
    private readonly ConcurrentBag<Activity> _commands = [];
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    public void Dispose() => _listener.Dispose();

    private async Task<IReadOnlyList<Activity>> CommandsOfAsync(string url)
    {
        var trace = ActivityTraceId.CreateRandom();
        _listener.ActivityStopped = activity =>
        {
            if (activity.Source.Name == "Npgsql" && activity.TraceId == trace) _commands.Add(activity);
        };
        ActivitySource.AddActivityListener(_listener);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        var response = await ledger.Host.Server.CreateClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var commands = _commands.OrderBy(c => c.StartTimeUtc).ToList();
        foreach (var command in commands)
            output.WriteLine($"{command.GetTagItem("db.connection_id")}: {command.GetTagItem("db.statement")?.ToString()?.ReplaceLineEndings(" ")[..Math.Min(160, command.GetTagItem("db.statement")?.ToString()?.Length ?? 0)]}");
        return commands;
    }

    [Theory]
    [InlineData("/footprints/QF7?asOf=2023-06-30")]
    [InlineData("/?asOf=2023-06-30")]
    [InlineData("/api/footprints/QF7/history")]
    public async Task a_page_reads_over_one_connection(string url)
    {
        var commands = await CommandsOfAsync(url);

        commands.ShouldNotBeEmpty("the read was traced");
        commands.Select(c => c.GetTagItem("db.connection_id")).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task a_footprint_s_page_makes_as_many_round_trips_for_four_bodies_with_meetings_as_for_one()
    {
        // Lincolnshire: no other test records bodies there.
        const string page = "/footprints/QJM?asOf=2023-06-30&from=2018-01-01";
        var board = new BoardScenario(ledger.Host);
        var first = await board.ConstituteAsync(footprint: "QJM");
        var held = await board.MeetingAsync(first, "2017-06-01", "v1", "v2", "v3", "v4");
        await board.ResolveAsync(held, BoardScenario.Resolution(held, "2017/1", "Passed", @for: ["v1", "v2", "v3", "v4"]));
        var withOne = (await CommandsOfAsync(page)).Count;
        _commands.Clear();

        foreach (var on in new[] { "2018-04-01", "2019-04-01", "2020-04-01" })
        {
            var body = await board.ConstituteAsync(footprint: "QJM", on: on);
            var meeting = await board.MeetingAsync(body, on, "v1", "v2", "v3", "v4");
            await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, $"{on[..4]}/1", "Passed", @for: ["v1", "v2", "v3", "v4"]));
            await board.MeetingAsync(body, "2021-01-05", "v1", "v2", "v3", "v4", "v5");
        }
        var withFour = await CommandsOfAsync(page);

        (await ledger.Host.Server.CreateClient().GetStringAsync(page)).ShouldContain("2019-04-01", Case.Sensitive, "the new bodies are on the page");
        // Streams read before are not read again (RecordedStreams), so the second read may make fewer round trips, never more.
        withFour.Count.ShouldBeLessThanOrEqualTo(withOne, "every body's meetings and records are read in the same statements");
        withFour.Count.ShouldBeLessThanOrEqualTo(16);
    }

    [Fact]
    public async Task a_record_read_before_is_read_again_only_once_a_write_has_moved_it_on()
    {
        var board = new BoardScenario(ledger.Host);
        var body = await board.ConstituteAsync();
        var held = await board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");
        held = await board.ResolveAsync(held, BoardScenario.Resolution(held, "2017/1", "Passed", @for: ["v1", "v2", "v3", "v4"]));
        var read = $"/api/bodies/{body}?asOf=2017-12-31";
        await CommandsOfAsync(read);
        _commands.Clear();

        var again = await CommandsOfAsync(read);
        again.ShouldNotContain(c => ReadsEvents(c), "the meeting's events were read by the first read and have not changed");
        _commands.Clear();

        await board.ResolveAsync(held, BoardScenario.Resolution(held, "2017/2", "Passed", @for: ["v1", "v2", "v3", "v4"]));
        var afterWrite = await CommandsOfAsync(read);
        afterWrite.ShouldContain(c => ReadsEvents(c), "the write moved the meeting's stream on");
        (await ledger.Host.Server.CreateClient().GetStringAsync(read)).ShouldContain("2017/2");
    }

    /// <summary>A statement reading events of streams (not the newest sequence number the page's validator is built from).</summary>
    private static bool ReadsEvents(Activity command) =>
        command.GetTagItem("db.statement")?.ToString() is { } sql
        && sql.Contains("mt_events", StringComparison.Ordinal) && sql.Contains("stream_id", StringComparison.Ordinal);
}
