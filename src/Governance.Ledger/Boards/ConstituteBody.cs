using Governance.Domain.Boards;
using Governance.Ledger.Footprints;

namespace Governance.Ledger.Boards;

/// <summary>Records that a footprint's board, committee or other decision-making body was constituted; a partner
/// organisation's own board names the organisation (its code).</summary>
public sealed record ConstituteBody(
    string Name, BodyKind Kind, TermsOfReference Terms, IReadOnlyList<Seat> Seats, DateOnly ConstitutedOn,
    RecordedFrom Source, string? Organisation = null);

public static class ConstituteBodyEndpoint
{
    public static ProblemDetails Validate(ConstituteBody command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Name), command.Name, "Name the body, as its terms of reference do.");
        problems.RequireDate(nameof(command.ConstitutedOn), command.ConstitutedOn, "Give the date it was constituted, as YYYY-MM-DD.");
        problems.Check(command.Source, nameof(command.Source));
        problems.CheckSeats(command.Seats, nameof(command.Seats));
        problems.CheckTerms(command.Terms, command.Seats, nameof(command.Terms));
        if (command.Kind == BodyKind.PartnerOrganisationBoard)
            problems.Require(nameof(command.Organisation), command.Organisation, "Name the partner organisation whose board this is (its code).");
    });

    public static Task<IResult> BeforeAsync(string footprintId, ConstituteBody command, IQuerySession session,
        HttpContext context, CancellationToken cancellation) =>
        OpenFootprint.AdmitAsync(session, context, footprintId, command.ConstitutedOn, cancellation);

    [RecordsOnce]
    [WolverinePost("/api/footprints/{footprintId}/bodies", OperationId = "ConstituteBody")]
    public static IResult Post(string footprintId, ConstituteBody command, IDocumentSession session, HttpContext context) =>
        Writes.Start<GoverningBody, BodyConstituted>(session, "/api/bodies", Decision<BodyConstituted>.Accept(
            new BodyConstituted(footprintId, command.Name.Trim(), command.Kind, command.Terms, command.Seats,
                EffectiveDate.OnDay(command.ConstitutedOn), command.Source.ToProvenance(context),
                string.IsNullOrWhiteSpace(command.Organisation) ? null : command.Organisation.Trim())), context);
}
