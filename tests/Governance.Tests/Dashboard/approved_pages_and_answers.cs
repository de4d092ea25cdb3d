using System.Text.RegularExpressions;
using Alba;
using Governance.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Governance.Tests.Dashboard;

/// <summary>One page of each view and the main API answers as approved files, on a ledger of their own holding only the
/// reference history, read at fixed dates on a fixed day (the charts run to today); the moments things were recorded
/// and generated ids are scrubbed, since they differ from run to run.</summary>
public partial class approved_pages_and_answers(LedgerOnAFixedDay ledger) : IClassFixture<LedgerOnAFixedDay>
{
    private const string On = "asOf=2019-06-30";

    [Theory]
    [InlineData("national", $"/?{On}")]
    [InlineData("footprint", $"/footprints/QE1?{On}&from=2017-01-01")]
    [InlineData("activity", $"/activity?{On}")]
    [InlineData("plan-changes", $"/plan-changes?{On}")]
    [InlineData("plan", $"/plans/plan-QE1-2016?{On}")]
    [InlineData("consultations", $"/consultations?{On}")]
    public async Task a_page_of_each_view(string view, string url) =>
        await Verify(Scrubbed(await ledger.Host.Server.CreateClient().GetStringAsync(url)), "html").UseParameters(view);

    [Theory]
    [InlineData("footprints", $"/api/footprints?{On}")]
    [InlineData("footprint", $"/api/footprints/QF7?{On}")]
    [InlineData("reported-governance", $"/api/footprints/QF7/reported-governance?{On}")]
    [InlineData("stages", $"/api/dashboard/stages?{On}")]
    [InlineData("plan", $"/api/plans/plan-QE1-2016?{On}")]
    public async Task the_main_api_answers(string answer, string url) =>
        await VerifyJson(Scrubbed(await ledger.Host.Server.CreateClient().GetStringAsync(url))).UseParameters(answer);

    private static string Scrubbed(string text) => Ids().Replace(Moments().Replace(text, "{recorded}"), "{id}");

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")]
    private static partial Regex Moments();

    [GeneratedRegex(@"\b[0-9a-f]{32}\b")]
    private static partial Regex Ids();
}

/// <summary>The ledger with only the reference history, its clock stopped at noon on 30 June 2027.</summary>
public sealed class LedgerOnAFixedDay : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await LedgerApp.StartAsync(await TestCluster.NewDatabaseAsync(),
        new FakeTimeProvider(new DateTimeOffset(2027, 6, 30, 12, 0, 0, TimeSpan.Zero)));

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
