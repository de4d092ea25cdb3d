using Governance.Domain.ServiceChanges;
using Governance.Ledger.Footprints.ReferenceHistory;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.ServiceChanges;

/// <summary>
/// The national rules for service change, imported once from <c>ReferenceData/service_change_assurance.csv</c> into a
/// stream of their own. Which rows make which rule is the ledger's reading, each tied to its row by kind and date (the
/// import fails if a row is missing): the four tests from the row that set them out (21 May 2010), the bed-closure
/// test from the row saying when it applied (1 April 2017, not its announcement of 3 March), and the committees' power
/// of referral from the 2013 regulations coming into force (1 April 2013) until the 2024 regulations removed it
/// (31 January 2024).
/// </summary>
public static class AssuranceRulesImport
{
    public const string Name = "service-change-assurance";
    public const string Stream = "service-change-rules";
    public const string File = "service_change_assurance.csv";

    private static readonly AssuranceTest[] FourTests =
    [
        AssuranceTest.PublicAndPatientEngagement, AssuranceTest.PatientChoice, AssuranceTest.ClinicalEvidenceBase,
        AssuranceTest.CommissionerSupport,
    ];

    public static Task<ImportOutcome> RunAsync(IDocumentStore store, string folder, TimeProvider clock,
        CancellationToken cancellation) =>
        SourcedFiles.ImportAsync(store, Name, Stream, folder, [File], files => Events(files[0]), clock, cancellation);

    public static IReadOnlyList<ILedgerEvent> Events(IReadOnlyList<CsvRow> rows)
    {
        var fourTests = Row(rows, "four_tests", "2010-05-21");
        var bedTest = Row(rows, "bed_test", "2017-04-01");
        var referral = Row(rows, "osc_referral", "2013-04-01");
        var removal = Row(rows, "osc_referral", "2024-01-31");
        return
        [
            .. FourTests.Select(test => new AssuranceTestAdopted(test, fourTests["what"], On(fourTests), From(fourTests))),
            new AssuranceTestAdopted(AssuranceTest.BedClosures, bedTest["what"], On(bedTest), From(bedTest)),
            new ReferralPowerGranted(referral["what"], On(referral), From(referral)),
            new ReferralPowerRemoved(removal["what"], On(removal), From(removal)),
        ];
    }

    private static CsvRow Row(IReadOnlyList<CsvRow> rows, string kind, string date) =>
        rows.SingleOrDefault(r => r["kind"] == kind && r["date"] == date)
        ?? throw new InvalidOperationException($"{File} has no {kind} row dated {date}; the service-change rules need it.");

    private static EffectiveDate On(CsvRow row) => SourcedFiles.Day(row["date"]);

    private static Provenance From(CsvRow row) => SourcedFiles.Cited(row["source"]);
}
