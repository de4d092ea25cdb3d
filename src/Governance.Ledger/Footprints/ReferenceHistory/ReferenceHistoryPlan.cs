using System.Globalization;
using System.Text.RegularExpressions;
using Governance.Domain.Footprints;
using Governance.Ledger.Infrastructure.EventStore;

namespace Governance.Ledger.Footprints.ReferenceHistory;

/// <summary>
/// Turns the sourced reference rows into the events that make up the ledger's reference history. Every event keeps
/// its row's effective date, precision and source; nothing is inferred beyond what a row states.
/// </summary>
public sealed partial class ReferenceHistoryPlan
{
    public const string RecordedBy = "reference-import";

    private readonly ReferenceDataSet _data;
    private readonly FootprintIdentities _ids;
    private readonly Dictionary<string, List<ILedgerEvent>> _streams = [];

    private ReferenceHistoryPlan(ReferenceDataSet data)
    {
        _data = data;
        _ids = FootprintIdentities.From(data);
    }

    public static IReadOnlyList<PlannedStream> From(ReferenceDataSet data) => new ReferenceHistoryPlan(data).Build();

    private IReadOnlyList<PlannedStream> Build()
    {
        foreach (var row in _data.Timeline)
        {
            if (row.Scope == TimelineKinds.NationalScope)
            {
                Add(NationalMilestoneReached.StreamKey,
                    new NationalMilestoneReached(row.Kind, row.Detail, row.Effective, Cited("timeline.csv", row.Source)));
            }

            AddFootprintEvents(row);
        }

        return _streams
            .Select(stream => new PlannedStream(stream.Key, stream.Value.OrderBy(e => e.Effective.Date).ToList()))
            .ToList();
    }

    private void AddFootprintEvents(TimelineRow row)
    {
        var effective = row.Effective;
        var cited = Cited("timeline.csv", row.Source);
        switch (row.Kind)
        {
            case TimelineKinds.FootprintsPublished:
                foreach (var footprint in _data.Footprints2016) Establish2016(footprint, effective);
                break;
            case TimelineKinds.LeadsConfirmed:
                foreach (var footprint in _data.Footprints2016.Where(f => f.Lead != "")) AppointLead(footprint);
                break;
            case TimelineKinds.NextStepsPublished:
                foreach (var footprint in _data.Footprints2016) Add(_ids[footprint.Code], new PartnershipFormed(effective, cited));
                break;
            case TimelineKinds.RegionsReorganised:
                foreach (var footprint in _data.CcgFootprints2019.DistinctBy(f => f.StpCode))
                {
                    Add(_ids[footprint.StpCode], new FootprintAssignedToRegion(
                        footprint.RegionName, effective, Cited("ccg_stp_2019.csv", footprint.Source)));
                }
                break;
            case TimelineKinds.AccountableCareSystemDesignated
                or TimelineKinds.IntegratedCareSystemDesignated
                or TimelineKinds.DevolutionAgreement:
                var designation = new IntegratedCareSystemDesignated(
                    DesignationTerm(row.Kind), effective.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    effective, cited);
                foreach (var code in row.Codes) Add(_ids[code], designation);
                break;
            case TimelineKinds.FootprintsMerged:
                Merge(row, effective, cited);
                break;
            case TimelineKinds.CodeReissued:
                foreach (var change in CodeChange.Parse(row.FootprintCodes))
                    Add(_ids[change.From], new FootprintCodeReissued(change.From, change.To, effective, cited));
                break;
            case TimelineKinds.IntegratedCareBoardEstablished:
                foreach (var board in _data.IntegratedCareBoards2022)
                {
                    Add(_ids[board.Code], new IntegratedCareBoardEstablished(
                        board.Code, board.Name, board.Region, effective, Cited("ics_2022.csv", board.Source)));
                }
                break;
            case TimelineKinds.AreaTransferred:
                foreach (var change in CodeChange.Parse(row.FootprintCodes))
                {
                    var transfer = new AreaTransferred(
                        _ids[change.From], _ids[change.To], row.Detail, effective, cited);
                    Add(transfer.FromFootprint, transfer);
                    Add(transfer.ToFootprint, transfer);
                }
                break;
            case var _ when row.Scope != TimelineKinds.NationalScope:
                foreach (var code in row.Codes)
                    Add(_ids[code], new FootprintMilestoneNoted(row.Kind, row.Detail, effective, cited));
                break;
        }
    }

    private void Establish2016(Footprint2016Row footprint, EffectiveDate published) =>
        Add(_ids[footprint.Code], new FootprintEstablished(
            footprint.Code, footprint.Name, NullIfEmpty(footprint.Region),
            FootprintStage.SustainabilityAndTransformationPlan, [], published,
            Cited("stp_footprints_2016.csv", footprint.Source)));

    /// <summary>
    /// A lead's date comes from the citation of the lead in the row's source: "(30 Mar 2016)" is that day,
    /// "(Mar 2016)" that month, no date the year; never earlier than the footprint itself.
    /// </summary>
    private void AppointLead(Footprint2016Row footprint)
    {
        var established = _data.Timeline.Single(row => row.Kind == TimelineKinds.FootprintsPublished);
        var earliest = DateOnly.Parse(established.EffectiveDate, CultureInfo.InvariantCulture);
        var citation = LeadCitation().Match(footprint.Source);
        EffectiveDate effective = citation switch
        {
            { Success: false } => new(earliest, DatePrecision.Year),
            _ when citation.Groups["day"].Success => EffectiveDate.OnDay(ParseCitedDate(citation, "d MMM yyyy")),
            _ => new(Max(earliest, ParseCitedDate(citation, "MMM yyyy")), DatePrecision.Month),
        };

        Add(_ids[footprint.Code], new LeadAppointed(
            footprint.Lead, NullIfEmpty(footprint.LeadRole), effective, Cited("stp_footprints_2016.csv", footprint.Source)));
    }

    private void Merge(TimelineRow row, EffectiveDate effective, Provenance cited)
    {
        var (mergedCodes, intoCode) = CodeChange.ParseMerger(row.FootprintCodes);
        var merged = mergedCodes.Select(code => _ids[code]).ToList();
        var successor = _ids[intoCode];
        foreach (var id in merged) Add(id, new FootprintsMerged(merged, successor, effective, cited));

        // The merged footprint's name comes from the April 2019 CCG list; its 2018 region is in no source.
        var name = _data.CcgFootprints2019.First(f => f.StpCode == intoCode).StpName;
        Add(successor, new FootprintEstablished(intoCode, name, Region: null, FootprintStage.Partnership, merged,
            effective, cited));
    }

    private static string DesignationTerm(string kind) => kind switch
    {
        TimelineKinds.AccountableCareSystemDesignated => "accountable care system",
        TimelineKinds.DevolutionAgreement => "shadow integrated system (devolution agreement)",
        _ => "integrated care system",
    };

    public static Provenance Cited(string file, string source) =>
        new(RecordedBy, OnBehalfOf: null, new SourceDocument($"{file}: {source}"));

    private static DateOnly ParseCitedDate(Match citation, string format) => DateOnly.ParseExact(
        citation.Groups["date"].Value, format, CultureInfo.InvariantCulture);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string? NullIfEmpty(string value) => value == "" ? null : value;

    private void Add(string streamKey, ILedgerEvent e)
    {
        if (!_streams.TryGetValue(streamKey, out var events)) _streams[streamKey] = events = [];
        events.Add(e);
    }

    [GeneratedRegex(@"lead: \S+ \((?<date>(?<day>\d{1,2} )?[A-Z][a-z]{2} \d{4})\)")]
    private static partial Regex LeadCitation();
}
