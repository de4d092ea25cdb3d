using Governance.Domain.People;
using Governance.Ledger.Infrastructure.EventStore;
using JasperFx.Events.Projections;

namespace Governance.Ledger.People;

public static class PeopleRegistration
{
    public static readonly FoldProjection<Person, PersonRecorded, IPersonEvent> People = new();
    public static readonly FoldProjection<BodyMembership, MemberAppointed, IMembershipEvent> Memberships = new();

    public static void AddPeople(this StoreOptions options)
    {
        options.Projections.Add(People, ProjectionLifecycle.Live);
        options.Projections.Add(Memberships, ProjectionLifecycle.Live);
        options.Projections.Add(new PeopleListingsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<AppointmentListing>().Index(a => a.PersonId);
    }
}
