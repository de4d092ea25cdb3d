using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Alba;
using Governance.Ledger.Audit;
using Governance.Ledger.Feeds;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Secretariat;
using Governance.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.Feeds;

/// <summary>Atom feeds of the public record, each entry naming its place in the audit chain and the checkpoint that
/// proves it.</summary>
[Collection(LedgerCollection.Name)]
public class following_the_record(LedgerApp ledger)
{
    private async Task<SyndicationFeed> FeedAsync(string path)
    {
        var result = await ledger.Host.Scenario(s =>
        {
            s.Get.Url(path);
            s.ContentTypeShouldBe("application/atom+xml; charset=utf-8");
        });
        using var reader = XmlReader.Create(new StringReader(await result.ReadAsTextAsync()));
        var formatter = new Atom10FeedFormatter();
        formatter.CanRead(reader).ShouldBeTrue("an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static long Sequence(SyndicationItem item) =>
        item.ElementExtensions.ReadElementExtensions<long>("sequence", AtomFeeds.Namespace).Single();

    private static XElement? Checkpoint(SyndicationItem item) => item.ElementExtensions
        .Where(e => e.OuterName == "checkpoint" && e.OuterNamespace == AtomFeeds.Namespace)
        .Select(e =>
        {
            using var reader = e.GetReader();
            return (XElement)XNode.ReadFrom(reader);
        }).SingleOrDefault();

    [Fact]
    public async Task a_footprints_feed_carries_its_public_decisions_with_their_sequence_and_then_the_checkpoint_that_covers_them()
    {
        var scenario = await SecretaryScenario.WithBodyAsync(ledger.Host);
        var meeting = await scenario.AgendaItemAsync(await scenario.MeetingAsync("2017-07-01"), "1", "Urgent care hub");
        meeting = await scenario.AgendaItemAsync(meeting, "2", "Contract award", isPrivate: true);
        var attended = await ledger.Host.Records($"/api/meetings/{meeting.Id}/attendance",
            new { present = new[] { "v1", "v2", "v3", "v4" }, apologies = Array.Empty<string>(), version = meeting.Version, source = SecretaryScenario.Minutes });
        meeting = await scenario.ResolveAsync(meeting with { Version = attended.Version }, "2017/1", "Urgent care hub");
        await scenario.ResolveAsync(meeting, "2017/2", "Contract award");

        var before = await FeedAsync($"/feeds/footprints/{SecretaryScenario.Footprint}.atom");
        var decision = before.Items.Single(i => i.Title.Text.Contains("resolution 2017/1") && i.Links[0].Uri.AbsolutePath.Contains(scenario.Body));
        decision.Id.ShouldBe($"urn:stp-governance-ledger:event:{Sequence(decision)}");
        decision.Title.Text.ShouldEndWith("resolution 2017/1 on Urgent care hub passed", Case.Sensitive, "titled in words: the item's title, not its number");
        decision.PublishDate.ShouldBe(new DateTimeOffset(2017, 7, 1, 0, 0, 0, TimeSpan.Zero), "published on the meeting's date");
        decision.LastUpdatedTime.ShouldBeGreaterThan(decision.PublishDate, "updated when the ledger recorded it");
        decision.Categories.Single().Name.ShouldBe("decision");
        before.Items.ShouldNotContain(i => i.Title.Text.Contains("Contract award"), "a private item's decision is not in a public feed");
        (await FeedAsync($"/feeds/bodies/{scenario.Body}.atom")).Items.Select(i => i.Id).ShouldContain(decision.Id);
        (await FeedAsync("/feeds/england.atom")).Items.ShouldContain(i => i.Categories.Any(c => c.Name == "rating"),
            "the national feed carries the 2017 ratings");

        await Chain.CaughtUpAsync(ledger.Host.Services.GetRequiredService<AuditTrail>());
        await ledger.Host.Scenario(s =>
        {
            s.Post.Url("/api/audit/checkpoints");
            s.SignedInAs(Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor));
        });
        var after = (await FeedAsync($"/feeds/footprints/{SecretaryScenario.Footprint}.atom")).Items.Single(i => i.Id == decision.Id);
        var checkpoint = Checkpoint(after).ShouldNotBeNull();
        long.Parse(checkpoint.Attribute("sequence")!.Value).ShouldBeGreaterThanOrEqualTo(Sequence(after));
        checkpoint.Attribute("signature")!.Value.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task a_feed_of_no_such_footprint_or_body_is_a_404()
    {
        await ledger.Host.Scenario(s => { s.Get.Url("/feeds/footprints/NOPE.atom"); s.StatusCodeShouldBe(404); });
        await ledger.Host.Scenario(s => { s.Get.Url("/feeds/bodies/nope.atom"); s.StatusCodeShouldBe(404); });
    }
}
