using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Governance.Domain.Audit;
using Governance.Ledger.Assessments;
using Governance.Ledger.Audit;
using Governance.Ledger.Boards;
using Governance.Ledger.Dashboard;
using Governance.Ledger.Footprints;
using Governance.Ledger.Funding;
using Governance.Ledger.Infrastructure.Csv;
using Governance.Ledger.Infrastructure.EventStore;
using Governance.Ledger.Plans;
using Governance.Ledger.Secretariat;

namespace Governance.Ledger.Feeds;

/// <summary>Every public view (footprints, public resolutions, plans in force, ratings, national direction, reported
/// capital, consultations) as CSV and as JSON in one zip, cut at the latest signed checkpoint: read as the ledger
/// knew its events when the last one the checkpoint covers was recorded, on the checkpoint's date. Its manifest gives
/// each file's SHA-256 and the checkpoint, and is itself signed with the checkpoint key (manifest.sig); the ledger's
/// public key is beside them, so anyone can check the archive
/// with the offline verifier (<c>Governance.Verifier open-data ARCHIVE.zip</c>).</summary>
public static class OpenDataArchive
{
    private sealed record View(string Name, string[] Header, IReadOnlyList<string[]> Rows, object Json);

    public static async Task<long?> LatestCheckpointAsync(IQuerySession session, CancellationToken cancellation) =>
        (await session.Query<StoredCheckpoint>().ToListAsync(cancellation)).Select(c => (long?)c.Checkpoint.Sequence).Max();

    public static async Task<byte[]?> BuildAsync(IQuerySession session, CheckpointKey key, CancellationToken cancellation)
    {
        var checkpoint = (await session.Query<StoredCheckpoint>().ToListAsync(cancellation)).Select(c => c.Checkpoint)
            .MaxBy(c => c.Sequence);
        if (checkpoint is null) return null;
        // The events the checkpoint covers, by sequence; the stored plan records know only times, so they are read as
        // known when the last covered event was recorded.
        var knownAt = (await session.Events.QueryAllRawEvents().Where(e => e.Sequence <= checkpoint.Sequence)
            .OrderByDescending(e => e.Sequence).Select(e => e.Timestamp).Take(1).ToListAsync(cancellation)).FirstOrDefault();
        var asOf = DateOnly.FromDateTime(checkpoint.SignedAt.UtcDateTime);
        var record = RecordReader.ForThePublic(session, new AsAtQuery(asOf, knownAt, checkpoint.Sequence));

        IReadOnlyList<View> views =
        [
            await FootprintsAsync(record, cancellation),
            await ResolutionsAsync(record, cancellation),
            await PlansAsync(record, cancellation),
            await RatingsAsync(record, cancellation),
            await DirectionAsync(record, cancellation),
            await FundingAsync(record, cancellation),
            await ConsultationsAsync(record, cancellation),
        ];

        var files = new List<(string Name, byte[] Bytes)>();
        foreach (var view in views)
        {
            files.Add(($"{view.Name}.csv", Encoding.UTF8.GetBytes(CsvFile.Write(view.Header, view.Rows))));
            files.Add(($"{view.Name}.json", JsonSerializer.SerializeToUtf8Bytes(view.Json, ExportFormat.Json)));
        }

        files.Add((OpenDataManifest.PublicKey, Encoding.UTF8.GetBytes(key.PublicKeyPem)));
        var manifest = new OpenDataManifest("STP governance ledger: the public record", asOf, knownAt, checkpoint,
            files.Select(f => new OpenDataFile(f.Name, Convert.ToHexStringLower(SHA256.HashData(f.Bytes)), f.Bytes.Length)).ToList());

        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, ExportFormat.Json);
            foreach (var (name, bytes) in files.Append((OpenDataManifest.FileName, manifestBytes))
                         .Append((OpenDataManifest.SignatureFile, Encoding.UTF8.GetBytes(key.SignOpenDataManifest(manifestBytes)))))
            {
                await using var entry = archive.CreateEntry(name, CompressionLevel.Optimal).Open();
                await entry.WriteAsync(bytes, cancellation);
            }
        }

        return zip.ToArray();
    }

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<View> FootprintsAsync(RecordReader record, CancellationToken cancellation)
    {
        var footprints = (await FootprintRegistry.AllAsync(record.Session, cancellation))
            .Select(t => t.AsAt(record.Clocks.AsOf, record.Clocks.KnownAt, record.Clocks.ThroughSequence)).OfType<Domain.Footprints.Footprint>()
            .Where(f => f.ExistsOn(record.Clocks.AsOf)).OrderBy(f => f.Code, StringComparer.Ordinal)
            .Select(f => FootprintView.Of(f, record.Clocks.AsOf)).ToList();
        return new View("footprints", ["id", "code", "name", "region", "stage", "wave", "lead"],
            footprints.Select(f => new[] { f.Id, f.Code, f.Name, f.Region ?? "", f.Stage.ToString(), f.Wave ?? "", f.Lead ?? "" }).ToList(),
            footprints);
    }

    private static async Task<View> ResolutionsAsync(RecordReader record, CancellationToken cancellation)
    {
        var rows = new List<(string Body, string Footprint, string Meeting, DateOnly Date, string Number, string Item, string Text, string Outcome,
            int For, int Against, int Abstained)>();
        foreach (var body in await record.Listings<BodyListing>().ToListAsync(cancellation))
        {
            var (_, meetings) = await record.BodyAsync(body.Id, cancellation);
            foreach (var meeting in meetings)
            foreach (var r in meeting.Resolutions)
                rows.Add((body.Id, body.FootprintId, meeting.Id, meeting.Date, r.Number, r.Item, r.Text,
                    r.Recorded.Outcome.ToString(), r.Recorded.Votes.For.Count, r.Recorded.Votes.Against.Count, r.Recorded.Votes.Abstained.Count));
        }

        rows = rows.OrderBy(r => r.Date).ThenBy(r => r.Body, StringComparer.Ordinal).ThenBy(r => r.Number, StringComparer.Ordinal).ToList();
        return new View("resolutions", ["body", "footprint", "meeting", "date", "number", "item", "text", "outcome", "for", "against", "abstained"],
            rows.Select(r => new[] { r.Body, r.Footprint, r.Meeting, D(r.Date), r.Number, r.Item, r.Text, r.Outcome,
                N(r.For), N(r.Against), N(r.Abstained) }).ToList(),
            rows.Select(r => new
            {
                r.Body, r.Footprint, r.Meeting, r.Date, r.Number, r.Item, r.Text, r.Outcome, r.For, r.Against, r.Abstained,
            }).ToList());
    }

    private static async Task<View> PlansAsync(RecordReader record, CancellationToken cancellation)
    {
        var rows = new List<(string Id, string Footprint, string Title, bool Illustrative, int Version, DateOnly From)>();
        foreach (var plan in (await record.Listings<PlanListing>().ToListAsync(cancellation)).OrderBy(p => p.Id, StringComparer.Ordinal))
            if (await PlanRecords.InForceAsync(record.Session, plan.Id, record.Clocks.AsOf, record.Clocks.KnownAt, cancellation) is { } version)
                rows.Add((plan.Id, plan.FootprintId, plan.Title, plan.Illustrative, version.Number, version.InForceFrom));
        return new View("plans", ["plan", "footprint", "title", "illustrative", "version_in_force", "in_force_from"],
            rows.Select(r => new[] { r.Id, r.Footprint, r.Title, r.Illustrative ? "yes" : "no", N(r.Version), D(r.From) }).ToList(),
            rows.Select(r => new { Plan = r.Id, r.Footprint, r.Title, r.Illustrative, VersionInForce = r.Version, InForceFrom = r.From }).ToList());
    }

    private static async Task<View> RatingsAsync(RecordReader record, CancellationToken cancellation)
    {
        var ratings = (await AssessmentReads.AsAtAsync(record, record.Clocks, cancellation))
            .SelectMany(a => a.Ratings.Select(r => (Footprint: r.Key, Held: r.Value)))
            .OrderBy(r => r.Held.PublishedOn).ThenBy(r => r.Footprint, StringComparer.Ordinal).ToList();
        return new View("ratings", ["footprint", "assessment", "published", "rating", "stated", "confidence", "source"],
            ratings.Select(r => new[] { r.Footprint, r.Held.AssessmentTitle, D(r.Held.PublishedOn), r.Held.Rating.ToString(), r.Held.Stated,
                r.Held.Confidence, r.Held.Source.Reference }).ToList(),
            ratings.Select(r => new { r.Footprint, r.Held }).ToList());
    }

    private static async Task<View> DirectionAsync(RecordReader record, CancellationToken cancellation)
    {
        var direction = await NationalDirection.AsAtAsync(record, record.Clocks, cancellation);
        return new View("national-direction", ["date", "precision", "kind", "detail", "source"],
            direction.Select(m => new[] { m.Effective.ToString(), m.Effective.Precision.ToString(), m.Kind, m.Detail,
                m.Provenance.Source.Reference }).ToList(),
            direction);
    }

    private static async Task<View> FundingAsync(RecordReader record, CancellationToken cancellation)
    {
        var reported = (await record.EventsAsync([CapitalFundingImport.Stream], cancellation))[CapitalFundingImport.Stream]
            .Select(e => e.Data).OfType<Domain.Funding.CapitalFundingReported>().ToList();
        return new View("capital-funding-reported", ["date", "wave", "footprint", "name_in_source", "scheme", "amount_as_stated", "status_as_stated", "source"],
            reported.Select(r => new[] { r.Effective.ToString(), r.Wave, r.FootprintId ?? "", r.NameInSource, r.Scheme, r.AmountAsStated,
                r.StatusAsStated, r.Provenance.Source.Reference }).ToList(),
            reported);
    }

    private static async Task<View> ConsultationsAsync(RecordReader record, CancellationToken cancellation)
    {
        var consultations = (await ConsultationsPage.ReadAsync(record, record.Clocks, cancellation))
            .OrderBy(c => c.Consultation.Opens).ThenBy(c => c.FootprintId, StringComparer.Ordinal).ToList();
        return new View("consultations", ["opened", "closed", "days", "footprint", "proposal", "title", "on_options", "responses", "decided"],
            consultations.Select(c => new[] { D(c.Consultation.Opens), D(c.Consultation.Closes), N(c.Consultation.LengthDays), c.FootprintId,
                c.Consultation.ProposalId, c.Consultation.Title, c.Consultation.OnOptions ? "yes" : "no",
                c.Consultation.Responses is { } n ? N(n) : "", c.Decided ? "yes" : "no" }).ToList(),
            consultations);
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
