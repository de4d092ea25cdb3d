using Governance.Domain.Footprints;

namespace Governance.Ledger.Footprints.Partners;

/// <summary>Records that an organisation became a partner in a footprint.</summary>
/// <param name="Version">The version of the footprint's partner list you read (0 before anyone has joined).</param>
public sealed record JoinFootprint(
    string OrganisationCode, string Name, OrganisationType Type, DateOnly JoinedOn, long Version, RecordedFrom Source);

public static class JoinFootprintEndpoint
{
    public static ProblemDetails Validate(JoinFootprint command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.OrganisationCode), command.OrganisationCode, "Give the organisation's ODS code.");
        problems.Require(nameof(command.Name), command.Name, "Give the organisation's name.");
        problems.RequireDate(nameof(command.JoinedOn), command.JoinedOn, "Give the date it joined, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    /// <summary>A footprint's partner list is its own stream, started by the first partner to join.</summary>
    public static string PartnerList(string id) => FootprintPartners.StreamKey(id);

    public static Task<IResult> BeforeAsync(string id, JoinFootprint command, IEventStream<FootprintPartners> partners,
        IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        OpenFootprint.AdmitToListAsync(session, context, id, command.JoinedOn, partners, command.Version, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/partners", OperationId = "JoinFootprint")]
    public static IResult Post(string id, JoinFootprint command,
        [Written(nameof(PartnerList))]
        IEventStream<FootprintPartners> partners, HttpContext context) =>
        partners.Record(FootprintPartners.Join(partners.Aggregate, new PartnerJoined(id, command.OrganisationCode.Trim(),
            command.Name.Trim(), command.Type, EffectiveDate.OnDay(command.JoinedOn), command.Source.ToProvenance(context))), context);
}
