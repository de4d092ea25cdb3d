using Governance.Domain.Secretariat;
using Governance.Ledger.Boards;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Secretariat;

/// <param name="Entries">The register as published on the date: every declaration made by then and in force then.
/// Entries withheld from publication are here, with why, only for the body's secretaries and auditors.</param>
/// <param name="Withheld">How many entries in force were withheld from publication.</param>
/// <param name="NotDeclared">Members with no declaration (not even a nil return) in the twelve months to the date.</param>
public sealed record RegisterView(string BodyId, DateOnly AsOf, IReadOnlyList<RegisterEntry> Entries, int Withheld,
    IReadOnlyList<MissingDeclaration> NotDeclared, long Version);

public static class GetRegister
{
    /// <summary>A body's register of interests and of gifts and hospitality as it stood on a date, as known at a moment:
    /// what was on it then, including entries since ended; and who had not declared in the year to it.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/bodies/{id}/register", OperationId = "GetRegister")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        if (await record.BodyListAsync(SecretariatRegistration.Registers, id, StandingRegister.StreamKey(id), cancellation)
            is not { } read)
            return BoardProblems.UnknownBody(id);
        var inForce = read.List?.InForceOn(record.AsOf) ?? [];
        return VersionedRead.Ok(new RegisterView(id, record.AsOf, record.Shown(read.Body, inForce, e => e.Withheld),
            inForce.Count(e => e.Withheld), StandingRegister.NotDeclared(read.List, read.Body, record.AsOf), read.Version), read.Version);
    }
}
