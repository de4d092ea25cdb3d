using Alba;
using Governance.Tests.Boards;
using Governance.Tests.Support;
using Microsoft.AspNetCore.Mvc;

namespace Governance.Tests.Secretariat;

/// <summary>A new partnership board of footprint QWE with a chair's and a vice-chair's seat, recorded through the API as its secretary
/// would; each scenario has a body of its own, so tests sharing a ledger do not see each other's lists.</summary>
public sealed class SecretaryScenario(IAlbaHost host)
{
    public const string Footprint = "QWE";
    public static readonly object Minutes = BoardScenario.Minutes;

    public BoardScenario Board { get; } = new(host);

    public string Body { get; private set; } = "";

    public static async Task<SecretaryScenario> WithBodyAsync(IAlbaHost host, int quorum = 4, string voting = "SimpleMajority")
    {
        var scenario = new SecretaryScenario(host);
        scenario.Body = await scenario.Board.ConstituteAsync(quorum, voting, footprint: Footprint);
        await host.Records($"/api/bodies/{scenario.Body}/seats", new
        {
            seat = new { id = "chair", title = "Chair", organisation = "Independent", votes = true }, effectiveOn = "2017-04-01",
            version = 1, source = Minutes,
        });
        await host.Records($"/api/bodies/{scenario.Body}/seats", new
        {
            seat = new { id = "vice", title = "Vice-chair", organisation = "ORG1", votes = true }, effectiveOn = "2017-04-01",
            version = 2, source = Minutes,
        });
        return scenario;
    }

    /// <summary>A public meeting with those present (none: attendance not yet recorded).</summary>
    public Task<MeetingRef> MeetingAsync(string date, params string[] present) => Board.MeetingAsync(Body, date, present);

    public async Task<MeetingRef> AgendaItemAsync(MeetingRef meeting, string number, string title, bool isPrivate = false,
        string? forwardPlanItemId = null, string[]? concerns = null)
    {
        var added = await host.Records($"/api/meetings/{meeting.Id}/agenda", new
        {
            number, title, @private = isPrivate, lead = "Director of Strategy", purpose = "Decision", forwardPlanItemId,
            concerns = concerns ?? [], version = meeting.Version, source = Minutes,
        });
        return meeting with { Version = added.Version };
    }

    /// <summary>Stores the text as a paper and tables it for the item (re-issuing <paramref name="paperId"/> when given).</summary>
    public async Task<(MeetingRef Meeting, string PaperId, string Sha256)> TableAsync(MeetingRef meeting, string item, string text,
        string tabledOn, string? paperId = null)
    {
        var sha256 = await PaperUploads.StoreAsync(host, System.Text.Encoding.UTF8.GetBytes(text), "text/plain");
        var tabled = await host.Records($"/api/meetings/{meeting.Id}/agenda/{item}/papers", new
        {
            paperId, title = "Strategy paper", sha256, fileName = "strategy.txt", tabledOn, version = meeting.Version, source = Minutes,
        });
        return (meeting with { Version = tabled.Version }, tabled.Id, sha256);
    }

    public async Task<MeetingRef> ResolveAsync(MeetingRef meeting, string number, string item, string outcome = "Passed",
        string[]? @for = null, string[]? against = null) =>
        await Board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, number, outcome, @for ?? ["v1", "v2", "v3"], against, item: item));

    /// <summary>Records to one of the body's lists at the version it reads now.</summary>
    public async Task<Ledger.Infrastructure.Http.RecordedResponse> ListAsync(string list, string path, Func<long, object> body)
    {
        var version = await VersionOf(list);
        return await host.Records($"/api/bodies/{Body}/{path}", body(version));
    }

    public async Task<ValidationProblemDetails> RefusedAsync(string list, string path, Func<long, object> body, int status = 400)
    {
        var version = await VersionOf(list);
        return await host.Refuses($"/api/bodies/{Body}/{path}", body(version), status);
    }

    private async Task<long> VersionOf(string list)
    {
        var view = await host.GetAsJson<System.Text.Json.Nodes.JsonObject>($"/api/bodies/{Body}/{list}");
        return view!["version"]!.GetValue<long>();
    }
}
