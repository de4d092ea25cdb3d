using Alba;
using Governance.Domain.ServiceChanges;
using Governance.Ledger.ServiceChanges;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.ServiceChanges;

/// <summary>
/// A footprint's board with standing resolutions, and helpers to propose a change to services and record its
/// assurance as a secretary would, through the API. Every proposal is new, so tests sharing a ledger do not meet.
/// </summary>
public sealed class AServiceChange(IAlbaHost host, string footprint = "QOP")
{
    public static readonly object Papers = new { reference = "Consultation business case (test papers)" };

    public static readonly AssuranceTest[] FourTests =
    [
        AssuranceTest.PublicAndPatientEngagement, AssuranceTest.PatientChoice, AssuranceTest.ClinicalEvidenceBase,
        AssuranceTest.CommissionerSupport,
    ];

    public string Board { get; private set; } = "";

    public async Task<AServiceChange> WithABoardAsync()
    {
        var board = new BoardScenario(host);
        Board = await board.ConstituteAsync(footprint: footprint, on: "2016-04-01");
        // After the changes are proposed and the plan amendments carrying them drafted, before any is decided.
        var meeting = await board.MeetingAsync(Board, "2017-01-31", "v1", "v2", "v3", "v4", "v5");
        await board.ResolveAsync(meeting, BoardScenario.Resolution(meeting, "2017/1", "Passed", @for: ["v1", "v2", "v3"]));
        return this;
    }

    public object DecidedBy => new { bodyId = Board, resolution = "2017/1" };

    public async Task<(string Id, long Version)> ProposeAsync(string title, bool substantial = false, bool closesBeds = false,
        string proposedOn = "2016-11-01", string[]? options = null)
    {
        var proposed = await host.Records($"/api/footprints/{footprint}/service-changes", new
        {
            title, description = "Inpatient beds move to community care.", options = options ?? ["Close ward 7"],
            substantialVariation = substantial, closesBeds, proposedOn, source = Papers,
        });
        return (proposed.Id, proposed.Version);
    }

    public async Task<long> AnswerAsync(string id, long version, AssuranceTest test, string on, bool applies = true) =>
        (await host.Records($"/api/service-changes/{id}/assurance", new
        {
            test = test.ToString(), applies, text = applies ? $"Evidence for {test}" : $"{test} does not apply here", on,
            version, source = Papers,
        })).Version;

    public async Task<long> AnswerFourTestsAsync(string id, long version, string on)
    {
        foreach (var test in FourTests) version = await AnswerAsync(id, version, test, on);
        return version;
    }

    public async Task<ServiceChangeView> ReadAsync(string id, string? asOf = null) =>
        (await host.GetAsJson<ServiceChangeView>($"/api/service-changes/{id}" + (asOf is null ? "" : $"?asOf={asOf}")))!;
}
