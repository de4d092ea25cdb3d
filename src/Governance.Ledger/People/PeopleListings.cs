using Governance.Domain.People;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Governance.Ledger.People;

/// <summary>Which bodies a person was appointed to: a person's seats are found without reading every body's
/// membership.</summary>
public sealed record AppointmentListing(string Id, string PersonId, string BodyId);

public sealed partial class PeopleListingsProjection : EventProjection
{
    public AppointmentListing Create(IEvent<MemberAppointed> e) =>
        new($"{e.Data.BodyId}|{e.Data.AppointmentId}", e.Data.PersonId, e.Data.BodyId);
}
