using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Governance.Tests.Support;

namespace Governance.Tests.Dashboard;

/// <summary>A browser asking for a page that does not exist, or may not be seen, gets a page saying so: the same status
/// and words as the ProblemDetails an API client gets.</summary>
[Collection(LedgerCollection.Name)]
public class pages_for_a_browser(LedgerApp ledger)
{
    private async Task<HttpResponseMessage> GetAsync(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await ledger.Host.Server.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/footprints/NOPE")]
    [InlineData("/plans/no-such-plan")]
    [InlineData("/meetings/no-such-meeting/minutes")]
    public async Task a_missing_page_is_an_html_404_with_the_same_words_as_the_api_answer(string url)
    {
        var problem = JsonNode.Parse(await (await GetAsync(url, "application/json")).Content.ReadAsStringAsync())!;

        var page = await GetAsync(url, "text/html");
        var html = await page.Content.ReadAsStringAsync();

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var text = WebUtility.HtmlDecode(html);
        text.ShouldContain($"<h1>{problem["title"]}</h1>");
        text.ShouldContain((string)problem["detail"]!);
        html.ShouldContain("href=\"/dashboard.css\"", Case.Sensitive, "in the dashboard's own frame");
    }

    [Theory]
    [InlineData("/footprints/QF7?date=2018-01-01&page=2", "/footprints/QF7?asOf=2018-01-01&page=2")]
    [InlineData("/?date=2022-07-02", "/?asOf=2022-07-02")]
    public async Task a_bookmark_naming_the_date_by_its_old_name_is_redirected_to_the_same_page_as_at_that_date(string bookmark,
        string now)
    {
        var answer = await GetAsync(bookmark, "text/html");

        answer.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        answer.Headers.Location!.OriginalString.ShouldBe(now);
        (await GetAsync(now, "text/html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task an_address_naming_both_dates_or_an_api_read_is_not_redirected()
    {
        (await GetAsync("/footprints/QF7?date=2018-01-01&asOf=2019-01-01", "text/html")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetAsync("/api/footprints/QF7?date=2018-01-01", "application/json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task a_date_that_cannot_be_read_is_an_html_400_naming_the_field()
    {
        var page = await GetAsync("/footprints/QF7?asOf=2017-02-30", "text/html");

        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await page.Content.ReadAsStringAsync()).ShouldContain("<code>asOf</code>");
    }

    [Fact]
    public async Task the_api_answers_problem_details_even_to_a_browser()
    {
        var answer = await GetAsync("/api/footprints/NOPE", "text/html");

        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
