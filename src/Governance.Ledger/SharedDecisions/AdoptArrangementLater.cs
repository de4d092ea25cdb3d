using Governance.Domain.SharedDecisions;
using Governance.Ledger.Footprints;
using Governance.Ledger.Footprints.Partners;

namespace Governance.Ledger.SharedDecisions;

/// <summary>Records that a partner adopted an arrangement after its first signatories, on the date its board did.</summary>
public sealed record AdoptArrangementLater(string Organisation, DateOnly AdoptedOn, long Version, RecordedFrom Source);

public static class AdoptArrangementLaterEndpoint
{
    public static ProblemDetails Validate(AdoptArrangementLater command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Organisation), command.Organisation, "Name the partner organisation (its code).");
        problems.CheckChange(nameof(command.AdoptedOn), command.AdoptedOn, command.Version, command.Source);
    });

    public static string ArrangementList(string id) => FootprintArrangements.StreamKey(id);

    public static Task<IResult> BeforeAsync(string id, AdoptArrangementLater command,
        IEventStream<FootprintArrangements> arrangements, IQuerySession session, HttpContext context,
        CancellationToken cancellation) =>
        OpenFootprint.AdmitToListAsync(session, context, id, command.AdoptedOn, arrangements, command.Version, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/arrangements/{arrangementId}/adoptions", OperationId = "AdoptArrangementLater")]
    public static async Task<IResult> Post(string id, string arrangementId, AdoptArrangementLater command,
        [Written(nameof(ArrangementList))]
        IEventStream<FootprintArrangements> arrangements, IQuerySession session, HttpContext context,
        CancellationToken cancellation)
    {
        var partners = await PartnersOnDate.ReadAsync(session, id, command.AdoptedOn, cancellation);
        var adoption = new PartnerAdoptedArrangement(arrangementId, command.Organisation.Trim(),
            EffectiveDate.OnDay(command.AdoptedOn), command.Source.ToProvenance(context));
        return arrangements.Record(ArrangementRules.AdoptLater(arrangements.Aggregate, id, adoption, partners), context);
    }
}
