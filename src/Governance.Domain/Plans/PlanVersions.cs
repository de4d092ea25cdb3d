namespace Governance.Domain.Plans;

/// <summary>The plan's text between two dates: as drafted (version 0), then after each approved amendment in the
/// order they take effect. <see cref="InForceUntil"/> is null for the version in force now.</summary>
public sealed record PlanVersion(int Number, DateOnly InForceFrom, DateOnly? InForceUntil, Amendment? MadeBy,
    IReadOnlyList<PlanSection> Sections);

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
