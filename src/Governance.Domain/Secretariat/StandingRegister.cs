using System.Collections.Immutable;
using Governance.Domain.Boards;
using Governance.Domain.Common;

namespace Governance.Domain.Secretariat;

/// <summary>An event in a body's standing registers (stream "register:{body}").</summary>
public interface IRegisterEvent : ILedgerEvent;

public enum DeclarationKind
{
    Interest,
    GiftOrHospitality,

    /// <summary>A member declares that they have nothing to declare.</summary>
    NilReturn,
}

/// <summary>A member's declaration, made on its effective date, of an interest (or a gift or hospitality) held from a
/// date and, where known, to a date; or a nil return. An entry withheld from publication says why.</summary>
public sealed record DeclarationRegistered(string EntryId, string BodyId, string SeatId, string Member, DeclarationKind Kind,
    string? Organisation, string? Description, DateOnly? From, DateOnly? Until, bool Withheld, string? WithheldReason,
    EffectiveDate Effective, Provenance Provenance) : IRegisterEvent;

/// <summary>An interest declared as ended: it held until (and including) <paramref name="Until"/>.</summary>
public sealed record DeclarationEnded(string EntryId, DateOnly Until, EffectiveDate Effective, Provenance Provenance)
    : IRegisterEvent;

public sealed record RegisterEntry(string Id, string SeatId, string Member, DeclarationKind Kind, string? Organisation,
    string? Description, DateOnly? From, DateOnly? Until, bool Withheld, string? WithheldReason, DateOnly DeclaredOn)
{
    public bool InForceOn(DateOnly date) =>
        Kind != DeclarationKind.NilReturn && From <= date && (Until is null || date <= Until);
}

/// <summary>A conflict the register suggests: a present member's standing interest in an organisation an agenda item
/// concerns. It is advice to the chair; whether they stand aside is the chair's ruling, recorded as recusal.</summary>
public sealed record ConflictFlag(string ItemNumber, string SeatId, string Member, string Organisation, string EntryId);

/// <summary>Who has not declared (not even a nil return) in the twelve months before a date.</summary>
public sealed record MissingDeclaration(string SeatId, string SeatTitle, DateOnly? LastDeclaredOn);

/// <summary>A body's registers of interests and of gifts and hospitality.</summary>
public sealed record StandingRegister(string Id, string BodyId, ImmutableList<RegisterEntry> Entries)
    : IFoldedFrom<StandingRegister, DeclarationRegistered, IRegisterEvent>
{
    public static string StreamKey(string bodyId) => $"register:{bodyId}";

    public static StandingRegister Begin(string id, DeclarationRegistered first) => new StandingRegister(id, first.BodyId, []).After(first);

    public StandingRegister After(IRegisterEvent change) => change switch
    {
        DeclarationRegistered e => this with
        {
            Entries = Entries.Add(new RegisterEntry(e.EntryId, e.SeatId, e.Member, e.Kind, e.Organisation, e.Description, e.From,
                e.Until, e.Withheld, e.WithheldReason, e.Effective.Date)),
        },
        DeclarationEnded e => this with
        {
            Entries = Entries.Select(x => x.Id == e.EntryId ? x with { Until = e.Until } : x).ToImmutableList(),
        },
        _ => this,
    };

    public RegisterEntry? Find(string entryId) => Entries.FirstOrDefault(e => e.Id == entryId);

    public IReadOnlyList<RegisterEntry> InForceOn(DateOnly date) => Entries.Where(e => e.InForceOn(date)).ToList();

    /// <summary>Every seat of the body on the date with no declaration of any kind in the twelve months to it.</summary>
    public static IReadOnlyList<MissingDeclaration> NotDeclared(StandingRegister? register, GoverningBody body, DateOnly date) =>
        body.SeatsOn(date)
            .Select(seat => (seat, Last: register?.Entries.Where(e => e.SeatId == seat.Id && e.DeclaredOn <= date)
                .Select(e => (DateOnly?)e.DeclaredOn).Max()))
            .Where(x => x.Last is null || x.Last <= date.AddYears(-1))
            .Select(x => new MissingDeclaration(x.seat.Id, x.seat.Title, x.Last)).ToList();

    /// <summary>Interests in force on a meeting's date, held by members present, in organisations its agenda items concern.</summary>
    public static IReadOnlyList<ConflictFlag> ConflictsAt(StandingRegister? register, Meeting meeting) =>
        (from item in meeting.Agenda
         from organisation in item.Concerns
         from entry in register?.InForceOn(meeting.Date) ?? []
         where entry.Kind == DeclarationKind.Interest
               && meeting.Attendance?.Present.Contains(entry.SeatId) == true
               && string.Equals(entry.Organisation, organisation, StringComparison.OrdinalIgnoreCase)
         select new ConflictFlag(item.Number, entry.SeatId, entry.Member, organisation, entry.Id)).ToList();

    public static Decision<DeclarationRegistered> Declare(StandingRegister? register, GoverningBody body, string entryId,
        string seatId, string member, DeclarationKind kind, string? organisation, string? description, DateOnly? from,
        DateOnly? until, bool withheld, string? withheldReason, DateOnly on, Provenance provenance)
    {
        var nil = kind == DeclarationKind.NilReturn;
        var why = register?.Find(entryId) is not null ? $"The register already has an entry {entryId}."
            : body.SeatsOn(on).All(s => s.Id != seatId) ? $"{seatId} held no seat on {body.Name} on {on:yyyy-MM-dd}."
            : nil && (organisation is not null || description is not null || from is not null || until is not null)
                ? "A nil return declares nothing: it names no organisation, description or dates."
            : !nil && string.IsNullOrWhiteSpace(description) ? "Describe what is declared."
            : !nil && from is null ? "Give the date the interest, gift or hospitality began."
            : kind == DeclarationKind.Interest && string.IsNullOrWhiteSpace(organisation) ? "Name the organisation the interest is in."
            : until < from ? $"An entry from {from:yyyy-MM-dd} cannot end before it, on {until:yyyy-MM-dd}."
            : withheld && string.IsNullOrWhiteSpace(withheldReason)
                ? "An entry withheld from publication says why (the guidance allows it where publishing could cause harm)."
            : null;
        return why is not null
            ? Decision<DeclarationRegistered>.Reject(why)
            : Decision<DeclarationRegistered>.Accept(new DeclarationRegistered(entryId, body.Id, seatId, member.Trim(), kind,
                organisation?.Trim(), description?.Trim(), nil ? null : from, nil ? null : until, withheld,
                withheld ? withheldReason!.Trim() : null, EffectiveDate.OnDay(on), provenance));
    }

    public Decision<DeclarationEnded> End(string entryId, DateOnly until, DateOnly on, Provenance provenance) => Find(entryId) switch
    {
        null => Decision<DeclarationEnded>.Reject($"The register has no entry {entryId}."),
        { Kind: DeclarationKind.NilReturn } => Decision<DeclarationEnded>.Reject("A nil return has nothing to end."),
        { Until: { } ended } => Decision<DeclarationEnded>.Reject($"Entry {entryId} already ended on {ended:yyyy-MM-dd}."),
        { From: var from } when until < from => Decision<DeclarationEnded>.Reject($"Entry {entryId} began on {from:yyyy-MM-dd}; it ends after that."),
        _ => Decision<DeclarationEnded>.Accept(new DeclarationEnded(entryId, until, EffectiveDate.OnDay(on), provenance)),
    };
}
