using System.Net;
using System.Net.Http.Json;
using Governance.Ledger.SharedDecisions.Notices;
using Governance.Tests.Support;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Tests.SharedDecisions;

/// <summary>Webhooks reach only the public internet: every address class inside a network is refused when subscribing
/// and again when delivering, a redirect is never followed, and a signing secret is not stored as given.</summary>
public class where_notices_may_go(LedgerApp ledger) : IClassFixture<LedgerApp>
{
    private static WebhookTargets Policy(bool allowLoopback = false, params string[] allowedHosts)
    {
        var settings = new Dictionary<string, string?> { ["Governance:Webhooks:AllowLoopback"] = allowLoopback.ToString() };
        for (var i = 0; i < allowedHosts.Length; i++) settings[$"Governance:Webhooks:AllowedHosts:{i}"] = allowedHosts[i];
        return new WebhookTargets(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    [Theory]
    [InlineData("https://127.0.0.1/notices")]
    [InlineData("http://127.0.0.1:8080/notices")]
    [InlineData("https://localhost/notices")]
    [InlineData("https://api.localhost/notices")]
    [InlineData("https://0.0.0.0/notices")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://10.1.2.3/notices")]
    [InlineData("https://172.16.5.4/notices")]
    [InlineData("https://172.31.255.1/notices")]
    [InlineData("https://192.168.1.10/notices")]
    [InlineData("https://100.64.0.1/notices")]
    [InlineData("https://[fd00::1]/notices")]
    [InlineData("https://[::1]/notices")]
    [InlineData("https://[::ffff:10.0.0.1]/notices")]
    [InlineData("https://[fe80::1]/notices")]
    [InlineData("https://2130706433/notices")]
    [InlineData("https://metadata.google.internal/computeMetadata/v1/")]
    [InlineData("https://intranet/notices")]
    [InlineData("https://user:password@hooks.example.com/notices")]
    [InlineData("http://hooks.example.com/notices")]
    [InlineData("ftp://hooks.example.com/notices")]
    [InlineData("https://127.0.0.1./notices")]
    [InlineData("https://localhost./notices")]
    [InlineData("https://metadata.google.internal./computeMetadata/v1/")]
    [InlineData("https://[::127.0.0.1]/notices")]
    [InlineData("https://[2002:7f00:1::]/notices")]
    [InlineData("https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/notices")]
    [InlineData("https://hooks.example.com:22/notices")]
    [InlineData("https://hooks.example.com:0/notices")]
    public void an_address_inside_a_network_or_not_https_is_refused(string url) =>
        Policy().Refusal(url).ShouldNotBeNull();

    [Fact]
    public void a_public_https_name_is_accepted_and_an_allow_list_narrows_it()
    {
        Policy().Refusal("https://hooks.example.com/notices").ShouldBeNull();
        Policy().Refusal("https://93.184.215.14/notices").ShouldBeNull();
        Policy().Refusal("https://hooks.example.com:8443/notices").ShouldBeNull();
        Policy(allowedHosts: "hooks.example.com").Refusal("https://other.example.com/notices").ShouldNotBeNull();
        Policy(allowedHosts: "hooks.example.com").Refusal("https://hooks.example.com/notices").ShouldBeNull();
    }

    [Fact]
    public void a_delivery_connects_only_to_public_addresses_and_loopback_only_where_allowed()
    {
        Policy().MayConnect(IPAddress.Parse("93.184.215.14")).ShouldBeTrue();
        Policy().MayConnect(IPAddress.Parse("127.0.0.1")).ShouldBeFalse();
        Policy().MayConnect(IPAddress.Parse("10.0.0.1")).ShouldBeFalse();
        Policy().MayConnect(IPAddress.Parse("64:ff9b::a00:1")).ShouldBeFalse();
        Policy().MayConnect(IPAddress.Parse("::127.0.0.1")).ShouldBeFalse();
        Policy().MayConnect(IPAddress.Parse("2002:7f00:1::")).ShouldBeFalse();
        Policy(allowLoopback: true).MayConnect(IPAddress.Parse("127.0.0.1")).ShouldBeTrue();
        Policy(allowLoopback: true).MayConnect(IPAddress.Parse("192.168.0.1")).ShouldBeFalse();
    }

    [Fact]
    public async Task the_api_refuses_a_private_address_with_the_reason()
    {
        var response = await ledger.Host.ClientFor(Tokens.AdministratorOf(ledger.Host)).PostAsJsonAsync(
            "/api/webhook-subscriptions", new { url = "https://169.254.169.254/latest/meta-data", footprintId = "QF7" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("169.254.169.254 is not a public internet address");
    }

    [Fact]
    public async Task a_redirect_is_never_followed_so_the_notice_never_reaches_where_it_points()
    {
        await using var elsewhere = await WebhookReceiver.StartAsync();
        await using var redirecting = await WebhookReceiver.StartAsync(redirectTo: elsewhere.Url);
        var created = await ledger.Host.Records("/api/webhook-subscriptions",
            new { url = redirecting.Url, footprintId = "QJ2", secret = "a secret of sixteen characters" });
        var given = await new ADecisionPutToPartners(ledger.Host, "QJ2").WithPartnersAsync(1, 1);
        var decision = await given.ProposeAsync();

        await given.Ratify(decision, given.Partners[0], 1, "2017-07-01");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (redirecting.Refused.Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(100);

        redirecting.Refused.Count.ShouldBeGreaterThanOrEqualTo(2, "the redirect is answered as a failure and retried");
        elsewhere.Accepted.ShouldBeEmpty();
        await using var session = ledger.Store.QuerySession();
        var stored = await session.LoadAsync<WebhookSubscription>(created.Id);
        stored!.Secret.ShouldNotBeNull();
        stored.Secret.ShouldNotContain("sixteen");
    }
}
