using Governance.Domain.Common;

namespace Governance.Domain.People;

/// <summary>An event of a person's record.</summary>
public interface IPersonEvent : ILedgerEvent;

/// <summary>A person the record names, recorded once (by a secretary, or an import with its source) and cited by id
/// wherever they appear: no person is merged with another by a guess at their name. What is kept of them is only this:
/// their name as the source or the secretary gives it, their organisation, and optionally a description of their role.
/// Dated on the day it was recorded.</summary>
public sealed record PersonRecorded(string Name, string Organisation, string? Role, EffectiveDate Effective, Provenance Provenance)
    : IPersonEvent;

public sealed record Person(string Id, string Name, string Organisation, string? Role) : IFoldedFrom<Person, PersonRecorded, IPersonEvent>
{
    public static Person Begin(string id, PersonRecorded first) => new(id, first.Name, first.Organisation, first.Role);

    public Person After(IPersonEvent change) => this;
}
