using System.Net;
using System.Net.Http.Headers;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Boards;
using Governance.Tests.Support;

namespace Governance.Tests.Infrastructure;

/// <summary>A public read is tagged with the log position and the clocks it was read at: asked again with that tag it
/// is a 304 until something is recorded; what a token saw is never kept by a cache.</summary>
[Collection(LedgerCollection.Name)]
public class caching_the_public_record(LedgerApp ledger)
{
    private async Task<HttpResponseMessage> GetAsync(string url, EntityTagHeaderValue? ifNoneMatch = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(ifNoneMatch);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        return await ledger.Host.Server.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/api/footprints")]
    [InlineData("/api/footprints/QF7/history")]
    [InlineData("/api/dashboard/stages.csv")]
    [InlineData("/footprints/QF7")]
    [InlineData("/")]
    public async Task a_public_read_asked_again_with_its_tag_is_a_304_with_no_body(string url)
    {
        var first = await GetAsync(url);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tag = first.Headers.ETag.ShouldNotBeNull();
        tag.IsWeak.ShouldBeTrue("the same record, not necessarily the same bytes");
        first.Headers.CacheControl.ShouldNotBeNull().Public.ShouldBeTrue();
        first.Headers.CacheControl!.NoCache.ShouldBeTrue("kept, but asked again each time");

        var again = await GetAsync(url, tag);

        again.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        again.Headers.ETag.ShouldBe(tag);
        (await again.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task another_as_at_date_is_another_tag()
    {
        var in2017 = (await GetAsync("/api/footprints/QF7/history?asOf=2017-06-30")).Headers.ETag.ShouldNotBeNull();
        var in2023 = (await GetAsync("/api/footprints/QF7/history?asOf=2023-06-30")).Headers.ETag.ShouldNotBeNull();

        in2023.ShouldNotBe(in2017);
        (await GetAsync("/api/footprints/QF7/history?asOf=2023-06-30", in2017)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task something_recorded_since_makes_the_old_tag_stale()
    {
        var before = (await GetAsync("/api/footprints")).Headers.ETag.ShouldNotBeNull();

        await new BoardScenario(ledger.Host).ConstituteAsync();
        var after = await GetAsync("/api/footprints", before);

        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.ETag.ShouldNotBeNull().ShouldNotBe(before);
    }

    [Fact]
    public async Task what_a_token_saw_is_private_and_not_stored()
    {
        var token = Tokens.For(ledger.Host, "An Auditor", LedgerRoles.Auditor);

        var answer = await GetAsync("/api/footprints", token: token);

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Headers.CacheControl.ShouldNotBeNull().Private.ShouldBeTrue();
        answer.Headers.CacheControl!.NoStore.ShouldBeTrue();
        answer.Headers.ETag.ShouldBeNull("a tag from a token's read could be replayed to a cache shared with the public");
    }

    [Fact]
    public async Task a_record_a_write_changes_keeps_its_version_as_its_tag()
    {
        var answer = await GetAsync("/api/footprints/QF7");

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Headers.ETag.ShouldNotBeNull().IsWeak.ShouldBeFalse("a write sends it back as If-Match");
    }
}
