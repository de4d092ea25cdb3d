using Governance.Domain.Boards;
using Governance.Domain.Secretariat;

namespace Governance.Ledger.Secretariat;

/// <summary>Enters a member's declaration in the body's standing registers, made on <c>On</c>: an interest in an
/// organisation, a gift or hospitality, each from a date and, where known, to a date; or a nil return. An entry
/// withheld from publication says why; the auditor still sees it.</summary>
public sealed record RegisterDeclaration(string SeatId, string Member, DeclarationKind? Kind, string? Organisation,
    string? Description, DateOnly? From, DateOnly? Until, bool Withheld, string? WithheldReason, DateOnly On, long Version,
    RecordedFrom Source) : IBodyListChange;

public static class RegisterDeclarationEndpoint
{
    public static string RegisterOf(string id) => StandingRegister.StreamKey(id);

    public static ProblemDetails Validate(RegisterDeclaration command) => RequestProblems.Check(problems =>
    {
        problems.Require(nameof(command.SeatId), command.SeatId, "Say whose declaration it is (their seat id).");
        problems.Require(nameof(command.Member), command.Member, "Name the member as the register shows them.");
        problems.Require(nameof(command.Kind), command.Kind, "Say what is declared: Interest, GiftOrHospitality or NilReturn.");
        problems.CheckListChange(command);
    });

    public static Task<(IResult, GoverningBody?)> LoadAsync(string id, RegisterDeclaration command,
        IEventStream<StandingRegister> register, IQuerySession session, HttpContext context, CancellationToken cancellation) =>
        BodyLists.AdmitAsync(id, register, command, session, context, cancellation);

    /// <returns>The entry's id (R-1, R-2, ...), and the register's version.</returns>
    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/register", OperationId = "RegisterDeclaration")]
    public static IResult Post(RegisterDeclaration command, [Written(nameof(RegisterOf))] IEventStream<StandingRegister> register,
        GoverningBody body, HttpContext context) =>
        register.Record(StandingRegister.Declare(register.Aggregate, body, $"R-{(register.Aggregate?.Entries.Count ?? 0) + 1}",
                command.SeatId.Trim(), command.Member, command.Kind!.Value, Blank(command.Organisation), Blank(command.Description),
                command.From, command.Until, command.Withheld, command.WithheldReason, command.On, command.Source.ToProvenance(context)), context,
            (e, version) => new RecordedResponse(e.EntryId, version));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
