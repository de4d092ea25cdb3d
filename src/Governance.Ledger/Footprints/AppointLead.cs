using Governance.Domain.Footprints;

namespace Governance.Ledger.Footprints;

/// <summary>Records that a footprint's lead was appointed, effective on a date, citing the document that says so.</summary>
/// <param name="Version">The footprint's version you read; a later change by someone else makes this a 409.</param>
public sealed record AppointLead(
    string Lead,
    string? Role,
    DateOnly EffectiveOn,
    DatePrecision Precision,
    long Version,
    RecordedFrom Source);

public static class AppointLeadEndpoint
{
    public static ProblemDetails Validate(AppointLead command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Lead), command.Lead, "Name the person appointed as lead.");
        problems.RequireDate(nameof(command.EffectiveOn), command.EffectiveOn,
            "Give the date the appointment took effect, as YYYY-MM-DD.");
        if (command.Precision == DatePrecision.Unknown)
            problems.Add(nameof(command.Precision), "Give the date's precision as Day, Month or Year: an appointment is recorded on a date.");
        problems.Check(command.Source, nameof(command.Source));
        problems.RequirePositive(nameof(command.Version), command.Version,
            "Send the footprint's version you read (from its history), so that a change made since is not overwritten.");
    });

    public static IResult Before(string id, AppointLead command, IEventStream<FootprintTimeline> footprint,
        HttpContext context) =>
        Writes.Admit(footprint, command.Version, context, FootprintProblems.Unknown, _ => new WriteScope(id));

    [RecordsOnce]
    [WolverinePost("/api/footprints/{id}/leads", OperationId = "AppointFootprintLead")]
    public static IResult Post(AppointLead command,
        [Written] IEventStream<FootprintTimeline> footprint, HttpContext context) =>
        footprint.Record(FootprintRules.AppointLead(footprint.Aggregate!, command.Lead, command.Role,
            new EffectiveDate(command.EffectiveOn, command.Precision), command.Source.ToProvenance(context)), context);
}
