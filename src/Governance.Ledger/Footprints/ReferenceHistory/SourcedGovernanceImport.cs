using Governance.Domain.Footprints;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>The sourced changes of leaders and chairs (<c>leadership_changes.csv</c>) and the sourced governance
/// arrangements (<c>governance_arrangements.csv</c>), imported once into the footprints' own streams, after the
/// reference history that started them. Every row keeps its source's words, its date's precision and basis, its source
/// and its notes; a row the sources give no date for is kept undated. The one national row (the government's answer that
/// STPs are not statutory bodies) is a national milestone.</summary>
public static class SourcedGovernanceImport
{
    public const string Name = "leaders-and-arrangements";
    public const string Leadership = "leadership_changes.csv";
    public const string Arrangements = "governance_arrangements.csv";

    public static Task<ImportOutcome> RunAsync(IDocumentStore store, string folder, FootprintIdentities identities,
        TimeProvider clock, CancellationToken cancellation) =>
        SourcedFiles.ImportAsync(store, Name, folder, [Leadership, Arrangements],
            files => Streams(files[0], files[1], identities), clock, cancellation);

    public static IReadOnlyList<PlannedStream> Streams(IReadOnlyList<CsvRow> leadership, IReadOnlyList<CsvRow> arrangements,
        FootprintIdentities identities)
    {
        var byStream = new List<(string Stream, ILedgerEvent Event)>();
        foreach (var row in leadership)
        {
            byStream.Add((Footprint(row, row["footprint_code"], identities), new LeadershipChangeReported(row["person"],
                row["role"], ReadChange(row["change"]), row["change"], row["footprint_name"], CodeAtDate(row), row["notes"],
                Basis(row["date_basis"]), SourcedFiles.Dated(row["date"], row["precision"], Leadership),
                SourcedFiles.Cited(row["source"]))));
        }

        foreach (var row in arrangements)
        {
            var effective = SourcedFiles.Dated(row["date"], row["precision"], Arrangements);
            if (row["footprint_code"] == "national")
            {
                byStream.Add((NationalMilestoneReached.StreamKey, new NationalMilestoneReached("GovernanceStatusStated",
                    $"{row["what"]} ({row["notes"]})", effective, SourcedFiles.Cited(row["source"]))));
                continue;
            }

            var footprints = row["footprint_code"].Split(';').Select(code => Footprint(row, code, identities)).ToList();
            byStream.AddRange(footprints.Select(footprint => (footprint, (ILedgerEvent)new ArrangementReported(
                ReadKind(row["kind"]), row["what"], footprints.Where(other => other != footprint).ToList(),
                row["footprint_name"], CodeAtDate(row), row["notes"], Basis(row["date_basis"]), effective,
                SourcedFiles.Cited(row["source"])))));
        }

        return byStream.GroupBy(x => x.Stream)
            .Select(g => new PlannedStream(g.Key, g.Select(x => x.Event).ToList(), Existing: true))
            .ToList();
    }

    /// <summary>The source's words for a change of leader, read as the ledger's kind of change; words it cannot read
    /// stop the import rather than being guessed at.</summary>
    public static LeadershipChange ReadChange(string words) => words.Trim().ToLowerInvariant() switch
    {
        var w when w.StartsWith("appointment recommended", StringComparison.Ordinal) => LeadershipChange.Recommended,
        var w when w.Contains("designate", StringComparison.Ordinal) && !w.StartsWith("failed", StringComparison.Ordinal)
            => LeadershipChange.Designated,
        var w when w.StartsWith("appointed", StringComparison.Ordinal) => LeadershipChange.Appointed,
        var w when w.StartsWith("in post", StringComparison.Ordinal) => LeadershipChange.InPost,
        var w when w.Contains("to continue", StringComparison.Ordinal) => LeadershipChange.InPost,
        var w when w.StartsWith("left", StringComparison.Ordinal) || w.StartsWith("stepped down", StringComparison.Ordinal)
            => LeadershipChange.Left,
        var w when w.StartsWith("announced", StringComparison.Ordinal) => LeadershipChange.Announced,
        var w when w.StartsWith("failed to appoint", StringComparison.Ordinal) => LeadershipChange.NotAppointed,
        _ => throw new InvalidOperationException($"{Leadership} describes a change the ledger cannot read: '{words}'."),
    };

    private static ReportedArrangementKind ReadKind(string kind) => kind switch
    {
        "mou" => ReportedArrangementKind.MemorandumOfUnderstanding,
        "joint_committee" => ReportedArrangementKind.JointCommittee,
        "partnership_board" => ReportedArrangementKind.PartnershipBoard,
        "independent_chair" => ReportedArrangementKind.IndependentChair,
        "review" => ReportedArrangementKind.Review,
        "other" => ReportedArrangementKind.Other,
        _ => throw new InvalidOperationException($"{Arrangements} names a kind of arrangement the ledger does not know: '{kind}'."),
    };

    private static DateBasis Basis(string basis) => basis switch
    {
        "stated" => DateBasis.Stated,
        "page_date" => DateBasis.PageDate,
        "as_at" => DateBasis.AsAt,
        "derived" => DateBasis.Derived,
        "" => DateBasis.Undated,
        _ => throw new InvalidOperationException($"A sourced file gives a date basis the ledger does not know: '{basis}'."),
    };

    private static string? CodeAtDate(CsvRow row) => row["code_at_date"] is { Length: > 0 } code ? code : null;

    // A later code must name the same footprint: the ledger's identity survives code changes.
    private static string Footprint(CsvRow row, string code, FootprintIdentities identities)
    {
        var id = identities[code];
        if (CodeAtDate(row) is { } later && identities[later] != id)
            throw new InvalidOperationException($"A sourced row gives {code} and, on its date, {later}: two footprints, not one.");
        return id;
    }
}
