using System.Collections.Immutable;
using Governance.Domain.Common;

namespace Governance.Domain.Footprints;

/// <summary>An event in a footprint's partner list (stream "partners:{footprint}").</summary>
public interface IPartnerEvent : ILedgerEvent;

public sealed record PartnerJoined(
    string FootprintId, string OrganisationCode, string Name, OrganisationType Type,
    EffectiveDate Effective, Provenance Provenance) : IPartnerEvent, IMayLieAhead;

public sealed record PartnerLeft(string OrganisationCode, EffectiveDate Effective, Provenance Provenance) : IPartnerEvent, IMayLieAhead;

public sealed record Partnership(string OrganisationCode, string Name, OrganisationType Type, DateOnly Joined, DateOnly? Left)
{
    public bool PartnerOn(DateOnly date) => Joined <= date && (Left is null || date < Left);
}

/// <summary>The organisations that were partners in a footprint, with when each joined and left.</summary>
public sealed record FootprintPartners(string Id, string FootprintId, ImmutableList<Partnership> Partnerships)
    : IFoldedFrom<FootprintPartners, PartnerJoined, IPartnerEvent>
{
    public static string StreamKey(string footprintId) => $"partners:{footprintId}";

    public static FootprintPartners Begin(string id, PartnerJoined first) =>
        new FootprintPartners(id, first.FootprintId, []).After(first);

    public FootprintPartners After(IPartnerEvent change) => change switch
    {
        PartnerJoined e => this with
        {
            Partnerships = Partnerships.Add(new Partnership(e.OrganisationCode, e.Name, e.Type, e.Effective.Date, null)),
        },
        PartnerLeft e => this with
        {
            Partnerships = Partnerships
                .Select(p => p.OrganisationCode == e.OrganisationCode && p.Left is null ? p with { Left = e.Effective.Date } : p)
                .ToImmutableList(),
        },
        _ => this,
    };

    public IReadOnlyList<Partnership> On(DateOnly date) => Partnerships.Where(p => p.PartnerOn(date)).ToList();

    public static Decision<PartnerJoined> Join(FootprintPartners? partners, PartnerJoined joining) =>
        partners?.Partnerships.LastOrDefault(p => p.OrganisationCode == joining.OrganisationCode) switch
        {
            { Left: null } current => Decision<PartnerJoined>.Reject(
                $"{current.Name} ({current.OrganisationCode}) is already a partner, since {current.Joined:yyyy-MM-dd}."),
            { Left: { } left } last when joining.Effective.Date <= left => Decision<PartnerJoined>.Reject(
                $"{last.Name} ({last.OrganisationCode}) left on {left:yyyy-MM-dd}; it can only join again after that."),
            _ => Decision<PartnerJoined>.Accept(joining),
        };

    public Decision<PartnerLeft> Leave(string organisationCode, EffectiveDate effective, Provenance provenance) =>
        Partnerships.FirstOrDefault(p => p.OrganisationCode == organisationCode && p.Left is null) switch
        {
            null => Decision<PartnerLeft>.Reject($"{organisationCode} is not a current partner of footprint {FootprintId}."),
            { } p when effective.Date <= p.Joined => Decision<PartnerLeft>.Reject(
                $"{p.Name} joined on {p.Joined:yyyy-MM-dd}; it can only leave after that."),
            _ => Decision<PartnerLeft>.Accept(new PartnerLeft(organisationCode, effective, provenance)),
        };
}
