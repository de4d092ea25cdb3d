using Governance.Domain.Boards;
using Governance.Ledger.Infrastructure.Security;

namespace Governance.Ledger.Boards;

/// <summary>What every change to a body states: when it took effect, the version read, and its source.</summary>
public interface IBodyChange
{
    DateOnly EffectiveOn { get; }

    long Version { get; }

    RecordedFrom Source { get; }
}

/// <summary>Revises a body's terms of reference (quorum and voting rule) from a date; earlier meetings keep the terms of their day.</summary>
public sealed record ReviseTermsOfReference(TermsOfReference Terms, DateOnly EffectiveOn, long Version, RecordedFrom Source)
    : IBodyChange;

/// <summary>Adds a seat to a body from a date, voting or attending only.</summary>
public sealed record CreateSeat(Seat Seat, DateOnly EffectiveOn, long Version, RecordedFrom Source) : IBodyChange;

/// <summary>Withdraws a seat from a body from a date.</summary>
public sealed record WithdrawSeat(DateOnly EffectiveOn, long Version, RecordedFrom Source) : IBodyChange;

/// <summary>Records that a body was dissolved; it meets and decides nothing from that date.</summary>
public sealed record DissolveBody(DateOnly EffectiveOn, long Version, RecordedFrom Source) : IBodyChange;

public static class BodyChangeChecks
{
    public static ProblemDetails Check(IBodyChange change, Action<RequestProblems>? more = null) =>
        RequestProblems.Check(problems =>
        {
            problems.CheckChange(nameof(change.EffectiveOn), change.EffectiveOn, change.Version, change.Source);
            more?.Invoke(problems);
        });

    public static Task<IResult> RecordAsync<TEvent>(IDocumentSession session, string id, IBodyChange change,
        HttpContext context, Func<GoverningBody, EffectiveDate, Provenance, Decision<TEvent>> decide,
        CancellationToken cancellation) where TEvent : class, ILedgerEvent =>
        Record.OnStreamAsync<GoverningBody, TEvent>(session, id, change.Version, BoardProblems.UnknownBody,
            body => WriteAccess.Check(context, body.FootprintId, body.Id),
            body => decide(body, EffectiveDate.OnDay(change.EffectiveOn), change.Source.ToProvenance(context)),
            cancellation);
}

public static class ReviseTermsOfReferenceEndpoint
{
    public static ProblemDetails Validate(ReviseTermsOfReference command) =>
        BodyChangeChecks.Check(command, problems => problems.CheckTerms(command.Terms, seats: null, nameof(command.Terms)));

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/terms", OperationId = "ReviseTermsOfReference")]
    public static Task<IResult> Post(string id, ReviseTermsOfReference command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        BodyChangeChecks.RecordAsync(session, id, command, context,
            (body, effective, provenance) => BodyRules.ReviseTerms(body, command.Terms, effective, provenance), cancellation);
}

public static class CreateSeatEndpoint
{
    public static ProblemDetails Validate(CreateSeat command) =>
        BodyChangeChecks.Check(command, problems => problems.CheckSeats(command.Seat is null ? null : [command.Seat], nameof(command.Seat)));

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/seats", OperationId = "CreateSeat")]
    public static Task<IResult> Post(string id, CreateSeat command, IDocumentSession session, HttpContext context,
        CancellationToken cancellation) =>
        BodyChangeChecks.RecordAsync(session, id, command, context,
            (body, effective, provenance) => BodyRules.CreateSeat(body, command.Seat, effective, provenance), cancellation);
}

public static class WithdrawSeatEndpoint
{
    public static ProblemDetails Validate(WithdrawSeat command) => BodyChangeChecks.Check(command);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/seats/{seatId}/withdrawal", OperationId = "WithdrawSeat")]
    public static Task<IResult> Post(string id, string seatId, WithdrawSeat command, IDocumentSession session,
        HttpContext context, CancellationToken cancellation) =>
        BodyChangeChecks.RecordAsync(session, id, command, context,
            (body, effective, provenance) => BodyRules.WithdrawSeat(body, seatId, effective, provenance), cancellation);
}

public static class DissolveBodyEndpoint
{
    public static ProblemDetails Validate(DissolveBody command) => BodyChangeChecks.Check(command);

    [RecordsOnce]
    [WolverinePost("/api/bodies/{id}/dissolution", OperationId = "DissolveBody")]
    public static Task<IResult> Post(string id, DissolveBody command, IDocumentSession session, HttpContext context,
        CancellationToken cancellation) =>
        BodyChangeChecks.RecordAsync(session, id, command, context, BodyRules.Dissolve, cancellation);
}
