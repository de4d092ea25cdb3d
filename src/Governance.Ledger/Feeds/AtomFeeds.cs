using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Governance.Ledger.Boards;
using Governance.Ledger.Footprints;
using Microsoft.AspNetCore.Authorization;

namespace Governance.Ledger.Feeds;

/// <summary>Atom feeds of the public record as it is recorded: nationally, per footprint and per body. Each entry's id
/// is its sequence in the audit chain; it carries that sequence and, once one covers it, the signed checkpoint
/// (sequence, chain hash, key, signature) that proves it, in the ledger's own namespace.</summary>
public static class AtomFeeds
{
    public const string Namespace = "urn:stp-governance-ledger:feed";
    private const int Entries = 100;

    [AllowAnonymous]
    [WolverineGet("/feeds/england.atom", OperationId = "NationalFeed")]
    public static async Task<IResult> National(RecordReader record, HttpContext context, TimeProvider clock, CancellationToken cancellation) =>
        Atom(context, clock, "england", "England's STP footprints: public decisions, plan changes, consultations and ratings", "/",
            await PublicRecord.LatestAsync(record.Session, null, null, Entries, cancellation));

    [AllowAnonymous]
    [WolverineGet("/feeds/footprints/{id}.atom", OperationId = "FootprintFeed")]
    public static async Task<IResult> Footprint(string id, RecordReader record, HttpContext context, TimeProvider clock,
        CancellationToken cancellation) =>
        await FootprintRegistry.FindAsync(record, id, cancellation) is { } footprint
            ? Atom(context, clock, $"footprints:{id}", $"{footprint.AsAt(DateOnly.MaxValue)!.Name}: public decisions, plan changes, consultations and ratings",
                $"/footprints/{id}", await PublicRecord.LatestAsync(record.Session, id, null, Entries, cancellation))
            : FootprintProblems.Unknown(id);

    [AllowAnonymous]
    [WolverineGet("/feeds/bodies/{id}.atom", OperationId = "BodyFeed")]
    public static async Task<IResult> Body(string id, RecordReader record, HttpContext context, TimeProvider clock,
        CancellationToken cancellation) =>
        await record.ListingAsync<BodyListing>(id, cancellation) is { } body
            ? Atom(context, clock, $"bodies:{id}", $"{body.Name}: public decisions and plan changes", $"/footprints/{body.FootprintId}",
                await PublicRecord.LatestAsync(record.Session, null, id, Entries, cancellation))
            : BoardProblems.UnknownBody(id);

    private static IResult Atom(HttpContext context, TimeProvider clock, string id, string title, string page, IReadOnlyList<FeedEntry> entries)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        title = XmlText(title);
        var feed = new SyndicationFeed(title, "As recorded in the STP governance ledger, newest first.", new Uri(origin + page),
            $"urn:stp-governance-ledger:feed:{id}", entries.Count > 0 ? entries[0].RecordedAt : clock.GetUtcNow())
        {
            Authors = { new SyndicationPerson { Name = "STP governance ledger" } },
            Items = entries.Select(e => Item(e, origin)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri(origin + context.Request.Path), "self", title, "application/atom+xml", 0));

        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(xml, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(writer);
        return TypedResults.Text(xml.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\""), "application/atom+xml", Encoding.UTF8);
    }

    /// <summary>What a secretary typed may hold characters XML 1.0 cannot carry (control characters): they are dropped.</summary>
    private static string XmlText(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i])) kept.Append(text[i]);
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) kept.Append(text, i++, 2);
        }

        return kept.ToString();
    }

    private static SyndicationItem Item(FeedEntry entry, string origin)
    {
        var item = new SyndicationItem(XmlText(entry.Title), XmlText(entry.Summary), new Uri(origin + entry.Link), $"urn:stp-governance-ledger:event:{entry.Sequence}",
            entry.RecordedAt) { PublishDate = new DateTimeOffset(entry.Decided.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) };
        item.Categories.Add(new SyndicationCategory(entry.Kind));
        item.ElementExtensions.Add(new XElement(XName.Get("sequence", Namespace), entry.Sequence));
        if (entry.CoveredBy is { } checkpoint)
            item.ElementExtensions.Add(new XElement(XName.Get("checkpoint", Namespace),
                new XAttribute("sequence", checkpoint.Sequence), new XAttribute("chainHash", checkpoint.ChainHash),
                new XAttribute("signedAt", Governance.Domain.Audit.Checkpoint.TimeText(checkpoint.SignedAt)),
                new XAttribute("keyId", checkpoint.KeyId), new XAttribute("signature", checkpoint.Signature)));
        return item;
    }
}
