using System.Net.Http.Json;
using System.Net;
using Alba;
using Governance.Ledger.Boards;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

[Collection(LedgerCollection.Name)]
public class who_may_read_a_private_meeting(LedgerApp ledger) : IAsyncLifetime
{
    private string _body = "";
    private string _privateMeeting = "";

    public async Task InitializeAsync()
    {
        _body = await new BoardScenario(ledger.Host).ConstituteAsync(footprint: "QF7");
        var scheduled = await ledger.Host.Records($"/api/bodies/{_body}/meetings",
            new { date = "2017-06-01", @public = false, title = "Part II", source = BoardScenario.Minutes });
        var attended = await ledger.Host.Records($"/api/meetings/{scheduled.Id}/attendance",
            new { present = new[] { "v1", "v2", "v3", "v4", "v5" }, version = 1, source = BoardScenario.Minutes });
        var declared = await ledger.Host.Records($"/api/meetings/{scheduled.Id}/interests",
            new { seatId = "v4", item = "Contract award", nature = "Spouse employed by bidder", version = attended.Version, source = BoardScenario.Minutes });
        await ledger.Host.Records($"/api/meetings/{scheduled.Id}/resolutions", BoardScenario.Resolution(
            new MeetingRef(scheduled.Id, declared.Version), "2017/3", "Passed", @for: ["v1", "v2", "v3"], recused: ["v4"],
            item: "Contract award"));
        _privateMeeting = scheduled.Id;
        await new BoardScenario(ledger.Host).MeetingAsync(_body, "2017-07-01");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(BodyRecordView Body, HttpStatusCode Resolution, int Interests)> ReadAs(string? token)
    {
        var client = token is null ? ledger.Host.Server.CreateClient() : ledger.Host.ClientFor(token);
        var body = await client.GetFromJsonAsync<BodyRecordView>($"/api/bodies/{_body}?asOf=2017-12-31", Tokens.Json);
        var resolution = await client.GetAsync($"/api/bodies/{_body}/resolutions/2017/3");
        var interests = await client.GetFromJsonAsync<DeclaredInterestView[]>($"/api/bodies/{_body}/interests", Tokens.Json);
        return (body!, resolution.StatusCode, interests!.Length);
    }

    [Fact]
    public async Task a_footprints_history_is_its_own_record_only_and_no_other_stream_can_be_read_through_it()
    {
        var client = ledger.Host.Server.CreateClient();

        (await client.GetAsync($"/api/footprints/{_privateMeeting}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/footprints/{_body}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/api/footprints/QF7/history")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task the_public_sees_neither_the_meeting_nor_its_resolution_nor_its_declarations()
    {
        var (body, resolution, interests) = await ReadAs(token: null);

        body.Meetings.Select(m => m.Id).ShouldNotContain(_privateMeeting);
        body.Meetings.Count.ShouldBe(1, "the public meeting of the same body still shows");
        (resolution, interests).ShouldBe((HttpStatusCode.NotFound, 0));
    }

    [Fact]
    public async Task a_secretary_of_another_footprint_sees_what_the_public_sees()
    {
        var (body, resolution, _) = await ReadAs(Tokens.For(ledger.Host, "Other Secretary", LedgerRoles.Secretary, ["QWO"]));

        body.Meetings.Select(m => m.Id).ShouldNotContain(_privateMeeting);
        resolution.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(LedgerRoles.Secretary)]
    [InlineData(LedgerRoles.Auditor)]
    public async Task the_footprints_secretary_and_auditors_see_all_of_it(string role)
    {
        var (body, resolution, interests) = await ReadAs(Tokens.For(ledger.Host, "Reader", role, ["QF7"]));

        body.Meetings.Single(m => m.Id == _privateMeeting).Resolutions.Single().Number.ShouldBe("2017/3");
        (resolution, interests).ShouldBe((HttpStatusCode.OK, 1));
    }
}
