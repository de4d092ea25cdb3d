using Governance.Domain.Common;

namespace Governance.Domain.Boards;

public enum ItemPurpose
{
    Decision,
    Discussion,
    Information,
}

/// <summary>One version of a paper as tabled: the document the ledger stores under its SHA-256.</summary>
public sealed record PaperVersion(string PaperId, int Version, string Title, string Sha256, string ContentType, long Length,
    string FileName, DateOnly TabledOn);

/// <summary>A numbered item of a meeting's agenda, in its public or private part, with its papers (every version).</summary>
/// <param name="ForwardPlanItemId">The forward plan item it takes up, when it was planned.</param>
/// <param name="Concerns">Organisations the item concerns; a present member's standing interest in one is flagged.</param>
public sealed record AgendaItem(string Number, string Title, bool Private, string Lead, ItemPurpose Purpose,
    string? ForwardPlanItemId, IReadOnlyList<string> Concerns, IReadOnlyList<PaperVersion> Papers)
{
    /// <summary>The latest version of each paper.</summary>
    public IReadOnlyList<PaperVersion> CurrentPapers() =>
        Papers.GroupBy(p => p.PaperId).Select(g => g.MaxBy(p => p.Version)!).ToList();

    public bool Names(string item) =>
        string.Equals(item.Trim(), Number, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(item.Trim(), Title, StringComparison.OrdinalIgnoreCase);
}

public sealed record AgendaItemAdded(string Number, string Title, bool Private, string Lead, ItemPurpose Purpose,
    string? ForwardPlanItemId, IReadOnlyList<string> Concerns, EffectiveDate Effective, Provenance Provenance) : IMeetingEvent, IMayLieAhead;

/// <summary>A paper tabled for an agenda item; a paper re-issued is a new version of the same paper.</summary>
public sealed record PaperTabled(string ItemNumber, PaperVersion Paper, EffectiveDate Effective, Provenance Provenance)
    : IMeetingEvent;

/// <summary>A paper version a resolution was taken on.</summary>
public sealed record DecidedOnPaper(string PaperId, int Version, string Sha256);

/// <summary>A paper re-issued after a decision was taken on an earlier version of it.</summary>
public sealed record PaperChanged(string PaperId, int DecidedVersion, string DecidedSha256, int CurrentVersion,
    string CurrentSha256, DateOnly ReissuedOn);
