using Governance.Domain.Footprints;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Footprints.Partners;

public static class JoinFootprintEndpoint
{
    public static ProblemDetails Validate(JoinFootprint command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.OrganisationCode), command.OrganisationCode, "Give the organisation's ODS code.");
        problems.Require(nameof(command.Name), command.Name, "Give the organisation's name.");
        problems.RequireDate(nameof(command.JoinedOn), command.JoinedOn, "Give the date it joined, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
    });

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/partners", OperationId = "JoinFootprint")]
    public static async Task<IResult> Post(string id, JoinFootprint command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation)
    {
        if (await FootprintWrites.RefusalAsync(session, context, id, command.JoinedOn, cancellation) is { } refused)
            return refused;

        return await Record.OnListAsync<FootprintPartners, PartnerJoined>(session, FootprintPartners.StreamKey(id),
            command.Version, partners => FootprintPartners.Join(partners, new PartnerJoined(id, command.OrganisationCode.Trim(),
                command.Name.Trim(), command.Type, EffectiveDate.OnDay(command.JoinedOn), command.Source.ToProvenance(context))),
            cancellation);
    }
}

public static class LeaveFootprintEndpoint
{
    public static ProblemDetails Validate(LeaveFootprint command) => RequestProblems.Check(problems =>
    {
        problems.RequireDate(nameof(command.LeftOn), command.LeftOn, "Give the date it left, as YYYY-MM-DD.");
        problems.RequirePositive(nameof(command.Version), command.Version, "Send the partner list's version you read.");
        problems.Check(command.Source, nameof(command.Source));
    });

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/partners/{code}/departure", OperationId = "LeaveFootprint")]
    public static Task<IResult> Post(string id, string code, LeaveFootprint command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        Record.OnStreamAsync<FootprintPartners, PartnerLeft>(session, FootprintPartners.StreamKey(id), command.Version,
            _ => FootprintProblems.NoPartners(id), _ => WriteAccess.Check(context, id),
            partners => partners.Leave(code, EffectiveDate.OnDay(command.LeftOn), command.Source.ToProvenance(context)),
            cancellation);
}
