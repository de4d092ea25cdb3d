using Governance.Domain.Footprints;

namespace Governance.Ledger.Footprints.Partners;

/// <summary>Records that a partner left the footprint.</summary>
public sealed record LeaveFootprint(DateOnly LeftOn, long Version, RecordedFrom Source);

public static class LeaveFootprintEndpoint
{
    public static ProblemDetails Validate(LeaveFootprint command) => RequestProblems.Check(problems =>
    {
        problems.RequireDate(nameof(command.LeftOn), command.LeftOn, "Give the date it left, as YYYY-MM-DD.");
        problems.RequirePositive(nameof(command.Version), command.Version, "Send the partner list's version you read.");
        problems.Check(command.Source, nameof(command.Source));
    });

    public static string PartnerList(string id) => FootprintPartners.StreamKey(id);

    public static IResult Before(string id, LeaveFootprint command, IEventStream<FootprintPartners> partners,
        HttpContext context) =>
        Writes.Admit(partners, command.Version, context, _ => FootprintProblems.NoPartners(id), _ => new WriteScope(id));

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/partners/{code}/departure", OperationId = "LeaveFootprint")]
    public static IResult Post(string code, LeaveFootprint command,
        [Written(nameof(PartnerList))]
        IEventStream<FootprintPartners> partners, HttpContext context) =>
        partners.Record(partners.Aggregate!.Leave(code, EffectiveDate.OnDay(command.LeftOn), command.Source.ToProvenance(context)), context);
}
