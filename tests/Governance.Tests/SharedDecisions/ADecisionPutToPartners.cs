using System.Net;
using System.Net.Http.Json;
using Alba;
using Governance.Ledger.SharedDecisions;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.SharedDecisions;

/// <summary>
/// A footprint (each test picks its own) with partner organisations, each with its own board that passed resolutions
/// 2017/1 to 2017/N after the decision is proposed (on 2017-06-15) and before any response, and helpers to propose a
/// shared decision and respond to it as a secretary would.
/// </summary>
public sealed class ADecisionPutToPartners(IAlbaHost host, string footprint)
{
    public static readonly object Source = new { reference = "Partner board minutes" };

    /// <summary>The footprint's own board (a joint committee's, where one is adopted), with the same resolutions.</summary>
    public string Board { get; private set; } = "";

    /// <summary>Each partner's own board, by the partner's code.</summary>
    public IReadOnlyDictionary<string, string> Boards { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Partners { get; private set; } = [];

    public async Task<ADecisionPutToPartners> WithPartnersAsync(int count, int resolutions)
    {
        Partners = Enumerable.Range(1, count).Select(n => $"P{n:00}").ToList();
        for (var n = 0; n < count; n++)
        {
            await host.Records($"/api/footprints/{footprint}/partners", new
            {
                organisationCode = Partners[n], name = $"Partner {n + 1}", type = "NhsFoundationTrust", joinedOn = "2017-04-01",
                version = n, source = Source,
            });
        }

        var board = new BoardScenario(host);
        var boards = new Dictionary<string, string>();
        foreach (var owner in Partners.Prepend(footprint))
        {
            var id = await board.ConstituteAsync(footprint: footprint, organisation: owner == footprint ? null : owner);
            if (owner == footprint) Board = id;
            else boards[owner] = id;
            if (resolutions == 0) continue;
            var meeting = await board.MeetingAsync(id, "2017-06-20", "v1", "v2", "v3", "v4", "v5");
            for (var n = 1; n <= resolutions; n++)
                meeting = await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, $"2017/{n}", "Passed", @for: ["v1", "v2", "v3"]));
        }

        Boards = boards;
        return this;
    }

    public async Task AdoptAsync(string rule) =>
        await host.Records($"/api/footprints/{footprint}/arrangements", new
        {
            kind = "MemorandumOfUnderstanding", description = "Partnership memorandum of understanding", rule,
            adoptedBy = Partners, adoptedOn = "2017-05-01", version = 0, source = Source,
        });

    public async Task<string> ProposeAsync(string deadline = "2017-12-31", string title = "Single urgent care strategy",
        string? matter = null) =>
        (await host.Records($"/api/footprints/{footprint}/shared-decisions", new
        {
            title, text = "The partners adopt one urgent care strategy.",
            requiredPartners = Partners, matter, proposedOn = "2017-06-15", deadline, source = Source,
        })).Id;

    public object Response(string partner, int resolution, string on) =>
        new { organisation = partner, resolution = new { bodyId = Boards[partner], resolution = $"2017/{resolution}" }, on, source = Source };

    public Task Ratify(string decision, string partner, int resolution, string on) =>
        host.Records($"/api/shared-decisions/{decision}/ratifications", Response(partner, resolution, on));

    public Task Decline(string decision, string partner, int resolution, string on) =>
        host.Records($"/api/shared-decisions/{decision}/declines", Response(partner, resolution, on));

    public async Task<SharedDecisionView> Read(string decision, string? asOf = null) =>
        (await host.GetAsJson<SharedDecisionView>($"/api/shared-decisions/{decision}" + (asOf is null ? "" : $"?asOf={asOf}")))!;
}
