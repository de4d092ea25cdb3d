using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Governance.Tests.Boards;
using Governance.Tests.Plans;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

/// <summary>Every read of a record that writes change shows its version in the body and as an ETag; a write may send
/// it back as If-Match instead of the body's version (RFC 9110), and a stale one is still a 409.</summary>
[Collection(LedgerCollection.Name)]
public class conditional_writes(LedgerApp ledger)
{
    private readonly BoardScenario _board = new(ledger.Host);

    private static object Seat(string id) => new { id, title = $"Seat {id}", votes = true };

    [Fact]
    public async Task a_body_read_tags_its_version_and_each_meeting_shows_its_own()
    {
        var body = await _board.ConstituteAsync();
        var meeting = await _board.MeetingAsync(body, "2017-06-01", "v1", "v2", "v3", "v4");

        var read = await ledger.Host.Scenario(s => s.Get.Url($"/api/bodies/{body}?asOf=2017-12-31"));

        var view = (await read.ReadAsJsonAsync<Ledger.Boards.BodyRecordView>())!;
        read.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{view.Version}\"");
        view.Version.ShouldBe(1);
        view.Meetings.Single().Version.ShouldBe(meeting.Version);
    }

    [Fact]
    public async Task if_match_stands_for_the_bodys_version_and_a_stale_one_is_a_409()
    {
        var body = await _board.ConstituteAsync();
        var tag = (await ledger.Host.Scenario(s => s.Get.Url($"/api/bodies/{body}"))).Context.Response.Headers.ETag.ToString();

        var first = await SendAsync($"/api/bodies/{body}/seats", new { seat = Seat("s1"), effectiveOn = "2017-05-01", source = BoardScenario.Minutes }, tag);
        var stale = await SendAsync($"/api/bodies/{body}/seats", new { seat = Seat("s2"), effectiveOn = "2017-05-01", source = BoardScenario.Minutes }, tag);
        var disagreeing = await SendAsync($"/api/bodies/{body}/seats",
            new { seat = Seat("s3"), effectiveOn = "2017-05-01", version = 1, source = BoardScenario.Minutes }, "\"2\"");
        var unreadable = await SendAsync($"/api/bodies/{body}/seats",
            new { seat = Seat("s4"), effectiveOn = "2017-05-01", source = BoardScenario.Minutes }, "*");

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        disagreeing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await disagreeing.Content.ReadAsStringAsync()).ShouldContain("If-Match names version 2 but the body's version is 1");
        unreadable.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unreadable.Content.ReadAsStringAsync()).ShouldContain("If-Match");
    }

    [Fact]
    public async Task a_plan_read_gives_the_version_its_writes_need()
    {
        var plans = new PlanScenario(ledger.Host);
        var plan = await plans.DraftAsync();
        var proposed = await plans.ProposeAsync(plan, 1, "primary-care", 0, text: "Seven-day access.");

        var read = await ledger.Host.Scenario(s => s.Get.Url($"/api/plans/{plan}"));

        var view = (await read.ReadAsJsonAsync<Ledger.Plans.PlanAsAtView>())!;
        view.RecordVersion.ShouldBe(proposed.Version);
        read.Context.Response.Headers.ETag.ToString().ShouldBe($"\"{proposed.Version}\"");
    }

    private Task<HttpResponseMessage> SendAsync(string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(JsonSerializer.Serialize(body, Tokens.Json), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host)).SendAsync(request);
    }
}
