using Governance.Domain.People;

namespace Governance.Ledger.People;

/// <summary>Records a person the record will name, once, so that they are cited by id: their name as the source or the
/// secretary gives it, their organisation, and optionally their role. Nothing else is asked or kept.</summary>
public sealed record RecordPerson(string Name, string Organisation, string? Role, RecordedFrom Source);

public static class RecordPersonEndpoint
{
    public static ProblemDetails Validate(RecordPerson command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.Name), command.Name, "Give the person's name as the source or the minutes give it.");
        problems.Require(nameof(command.Organisation), command.Organisation, "Give the organisation they belong to.");
        problems.Check(command.Source, nameof(command.Source));
    });

    [RecordsOnce]
    [WolverinePost("/api/people", OperationId = "RecordPerson")]
    public static IResult Post(RecordPerson command, IDocumentSession session, HttpContext context) =>
        Writes.Start<Person, PersonRecorded>(session, "/api/people", Decision<PersonRecorded>.Accept(new PersonRecorded(
            command.Name.Trim(), command.Organisation.Trim(), string.IsNullOrWhiteSpace(command.Role) ? null : command.Role.Trim(),
            EffectiveDate.OnDay(context.Today()), command.Source.ToProvenance(context))), context);
}
