using System.Net;
using System.Net.Http.Json;
using Alba;
using Governance.Ledger.SharedDecisions;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.SharedDecisions;

/// <summary>
/// A footprint (each test picks its own) with partner organisations, a board whose passed resolutions stand for the
/// partners' own board decisions, and helpers to propose a shared decision and respond to it as a secretary would.
/// </summary>
public sealed class ADecisionPutToPartners(IAlbaHost host, string footprint)
{
    public static readonly object Source = new { reference = "Partner board minutes" };

    public string Board { get; private set; } = "";

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
        Board = await board.ConstituteAsync(footprint: footprint);
        var meeting = await board.MeetingAsync(Board, "2017-06-01", "v1", "v2", "v3", "v4", "v5");
        for (var n = 1; n <= resolutions; n++)
            meeting = await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, $"2017/{n}", "Passed", @for: ["v1", "v2", "v3"]));
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
        new { organisation = partner, resolution = new { bodyId = Board, resolution = $"2017/{resolution}" }, on, source = Source };

    public Task Ratify(string decision, string partner, int resolution, string on) =>
        host.Records($"/api/shared-decisions/{decision}/ratifications", Response(partner, resolution, on));

    public Task Decline(string decision, string partner, int resolution, string on) =>
        host.Records($"/api/shared-decisions/{decision}/declines", Response(partner, resolution, on));

    public async Task<SharedDecisionView> Read(string decision, string? asOf = null) =>
        (await host.GetAsJson<SharedDecisionView>($"/api/shared-decisions/{decision}" + (asOf is null ? "" : $"?asOf={asOf}")))!;
}
