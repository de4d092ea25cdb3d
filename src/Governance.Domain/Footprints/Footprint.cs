namespace Governance.Domain.Footprints;

/// <summary>A footprint's registry attributes on one date: what its events add up to, in effective-date order.</summary>
public sealed record Footprint(
    string Id,
    string Code,
    string Name,
    string? Region,
    FootprintStage Stage,
    string? Lead,
    string? LeadRole,
    string? DesignatedAs,
    string? Wave,
    DateOnly EstablishedOn,
    DateOnly? EndedOn,
    string? Successor)
{
    public static Footprint Create(string id, FootprintEstablished established) => new(
        id, established.Code, established.Name, established.Region, established.Stage,
        Lead: null, LeadRole: null, DesignatedAs: null, Wave: null,
        established.Effective.Date, EndedOn: null, Successor: null);

    public bool ExistsOn(DateOnly date) => EstablishedOn <= date && (EndedOn is null || date < EndedOn);

    public Footprint Apply(IFootprintEvent change) => change switch
    {
        FootprintRenamed e => this with { Name = e.Name },
        FootprintCodeReissued e => this with { Code = e.Code },
        FootprintAssignedToRegion e => this with { Region = e.Region },
        LeadAppointed e => this with { Lead = e.Lead, LeadRole = e.Role },
        PartnershipFormed => this with { Stage = Later(FootprintStage.Partnership) },
        IntegratedCareSystemDesignated e => this with
        {
            Stage = Later(FootprintStage.IntegratedCareSystem), DesignatedAs = e.DesignatedAs, Wave = e.Wave,
        },
        IntegratedCareBoardEstablished e => this with
        {
            Code = e.Code, Name = e.Name, Region = e.Region, Stage = FootprintStage.IntegratedCareBoard,
        },
        FootprintsMerged e => this with { EndedOn = e.Effective.Date, Successor = e.Successor },
        _ => this,
    };

    // A footprint never moves back a stage: a national step dated after a local designation leaves it where it is.
    private FootprintStage Later(FootprintStage stage) => stage > Stage ? stage : Stage;
}
