using Governance.Domain.Plans;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Plans;

/// <summary>Reads a plan's whole record from its stream, for the reads that need every version or amendment.</summary>
public static class PlanReader
{
    public static Task<Plan?> LoadAsync(RecordReader record, string id, CancellationToken cancellation) =>
        record.NowAsync<Plan>(id, cancellation);
}

public static class GetPlan
{
    /// <summary>The plan as at a date. The version in force on <c>asOf</c> (default today), from when and until when (or
    /// current), its sections, the amendments that made it, and those approved but not yet in effect; as the ledger
    /// knew it at <c>knownAt</c>.</summary>
    [AllowAnonymous]
    [ProducesResponseType<PlanAsAtView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/plans/{id}", OperationId = "GetPlanAsAt")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation)
    {
        var query = record.Clocks;
        if (await PlanRecords.HeaderAsync(record.Session, id, query.KnownAt, cancellation) is not { } plan) return PlanProblems.Unknown(id);
        if (await PlanRecords.InForceAsync(record.Session, id, query.AsOf, query.KnownAt, cancellation) is not { } version)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "The plan did not exist then",
                detail: $"'{plan.Title}' was drafted on {plan.DraftedOn:yyyy-MM-dd}.");
        var pending = await PlanRecords.ApprovedNotYetInEffectAsync(record.Session, id, query.AsOf, query.KnownAt, cancellation);
        var milestones = await PlanRecords.MilestonesAsync(record.Session, id, cancellation);
        var recordVersion = await VersionedRead.OfAsync(record.Session, id, cancellation);
        return VersionedRead.Ok(PlanAsAtView.Of(plan, milestones, version, pending, query) with { RecordVersion = recordVersion },
            recordVersion);
    }
}

public static class GetPlanVersions
{
    /// <summary>Every version of the plan: as drafted, then after each approved amendment in the order they take effect.</summary>
    [AllowAnonymous]
    [ProducesResponseType<IReadOnlyList<PlanVersionView>>(StatusCodes.Status200OK)]
    [WolverineGet("/api/plans/{id}/versions", OperationId = "ListPlanVersions")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation) =>
        await PlanReader.LoadAsync(record, id, cancellation) is { } plan
            ? TypedResults.Ok(PlanVersions.Of(plan).Select(PlanVersionView.Of).ToList())
            : PlanProblems.Unknown(id);
}

public static class GetPlanVersion
{
    /// <summary>One version of the plan: its text, when it was in force, and the amendment that made it.</summary>
    [AllowAnonymous]
    [ProducesResponseType<PlanVersionView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/plans/{id}/versions/{number}", OperationId = "GetPlanVersion")]
    public static async Task<IResult> Get(string id, int number, RecordReader record, CancellationToken cancellation)
    {
        if (await PlanReader.LoadAsync(record, id, cancellation) is not { } plan) return PlanProblems.Unknown(id);
        var versions = PlanVersions.Of(plan);
        return number >= 0 && number < versions.Count
            ? TypedResults.Ok(PlanVersionView.Of(versions[number]))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such version",
                detail: $"'{plan.Title}' has versions 0 to {versions.Count - 1}.");
    }
}

public static class GetAmendments
{
    /// <summary>Every amendment with its status: proposed, approved (by which resolution, effective when), rejected, withdrawn.</summary>
    [AllowAnonymous]
    [ProducesResponseType<IReadOnlyList<AmendmentSummary>>(StatusCodes.Status200OK)]
    [WolverineGet("/api/plans/{id}/amendments", OperationId = "ListAmendments")]
    public static async Task<IResult> Get(string id, RecordReader record, CancellationToken cancellation) =>
        await PlanReader.LoadAsync(record, id, cancellation) is { } plan
            ? TypedResults.Ok(plan.Amendments.Select(AmendmentSummary.Of).ToList())
            : PlanProblems.Unknown(id);
}

public static class GetPlanDiff
{
    public static ProblemDetails Validate(string? from, string? to, int? fromVersion, int? toVersion) =>
        RequestProblems.Check(problems =>
        {
            var byDate = AsAtQuery.Check(from, null).Status is null && AsAtQuery.Check(to, null).Status is null;
            if ((from is null || to is null || !byDate) && (fromVersion is null || toVersion is null))
                problems.Add("from", "Compare two dates (from=YYYY-MM-DD&to=YYYY-MM-DD) or two versions (fromVersion=&toVersion=).");
        });

    /// <summary>What changed between two dates or two versions: section by section, word by word, figures side by side,
    /// with the amendments (and their approving resolutions) that made the changes.</summary>
    [AllowAnonymous]
    [ProducesResponseType<PlanDiffView>(StatusCodes.Status200OK)]
    [WolverineGet("/api/plans/{id}/diff", OperationId = "DiffPlan")]
    public static async Task<IResult> Get(string id, string? from, string? to, int? fromVersion, int? toVersion,
        RecordReader record, TimeProvider clock, CancellationToken cancellation)
    {
        if (await PlanReader.LoadAsync(record, id, cancellation) is not { } plan) return PlanProblems.Unknown(id);
        var versions = PlanVersions.Of(plan);
        var before = fromVersion is { } f ? versions.ElementAtOrDefault(f) : VersionOn(versions, from, clock);
        var after = toVersion is { } t ? versions.ElementAtOrDefault(t) : VersionOn(versions, to, clock);
        if (before is null || after is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such version or date",
                detail: $"'{plan.Title}' has versions 0 to {versions.Count - 1}, from {plan.DraftedOn:yyyy-MM-dd}.");

        var between = versions.Skip(Math.Min(before.Number, after.Number) + 1)
            .Take(Math.Abs(after.Number - before.Number)).Select(v => AmendmentSummary.Of(v.MadeBy!)).ToList();
        return TypedResults.Ok(new PlanDiffView(plan.Id, before.Number, before.InForceFrom, after.Number, after.InForceFrom,
            between, PlanDiff.Between(before.Sections, after.Sections)));
    }

    private static PlanVersion? VersionOn(IReadOnlyList<PlanVersion> versions, string? date, TimeProvider clock) =>
        versions.LastOrDefault(v => v.InForceFrom <= AsAtQuery.Parse(date, null, clock).AsOf);
}

public static class GetFootprintPlans
{
    /// <summary>The plans recorded for a footprint, earliest drafted first; illustrative ones say so.</summary>
    [AllowAnonymous]
    [WolverineGet("/api/footprints/{footprintId}/plans", OperationId = "ListFootprintPlans")]
    public static async Task<IReadOnlyList<PlanListing>> Get(string footprintId, RecordReader record,
        CancellationToken cancellation) =>
        await record.Listings<PlanListing>().Where(p => p.FootprintId == footprintId).OrderBy(p => p.DraftedOn)
            .ToListAsync(cancellation);
}
