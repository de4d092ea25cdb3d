namespace Governance.Domain.Plans;

/// <summary>The plan's text between two dates: as drafted (version 0), then after each approved amendment in the
/// order they take effect. <see cref="InForceUntil"/> is null for the version in force now.</summary>
public sealed record PlanVersion(int Number, DateOnly InForceFrom, DateOnly? InForceUntil, Amendment? MadeBy,
    IReadOnlyList<PlanSection> Sections);

/// <summary>A plan as at a date, in the manner of legislation.gov.uk's point-in-time view.</summary>
/// <param name="NotYetInEffect">Amendments approved but taking effect after the date.</param>
public sealed record PlanAsAt(Plan Plan, DateOnly AsOf, PlanVersion Version, IReadOnlyList<Amendment> NotYetInEffect);

public static class PlanVersions
{
    public static IReadOnlyList<PlanVersion> Of(Plan plan)
    {
        var versions = new List<PlanVersion> { new(0, plan.DraftedOn, null, null, plan.Sections) };
        foreach (var amendment in plan.ApprovedInEffectOrder())
        {
            var previous = versions[^1];
            versions[^1] = previous with { InForceUntil = amendment.Approval!.EffectiveFrom };
            versions.Add(new PlanVersion(versions.Count, amendment.Approval.EffectiveFrom, null, amendment,
                Apply(previous.Sections, amendment.Changes)));
        }

        return versions;
    }

    public static PlanAsAt? AsAt(Plan plan, DateOnly date)
    {
        if (date < plan.DraftedOn) return null;
        var version = Of(plan).Last(v => v.InForceFrom <= date);
        var pending = plan.ApprovedInEffectOrder().Where(a => a.Approval!.EffectiveFrom > date).ToList();
        return new PlanAsAt(plan, date, version, pending);
    }

    private static IReadOnlyList<PlanSection> Apply(IReadOnlyList<PlanSection> sections, IReadOnlyList<SectionChange> changes) =>
        sections.Select(section => changes.FirstOrDefault(c => c.Section == section.Key) is { } change
                ? section with
                {
                    Heading = change.Heading ?? section.Heading,
                    Text = change.Text ?? section.Text,
                    Figures = change.Figures ?? section.Figures,
                }
                : section)
            .ToList();
}
