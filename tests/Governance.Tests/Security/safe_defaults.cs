using Alba;
using Governance.Ledger.Infrastructure.Security;
using Governance.Tests.Support;

namespace Governance.Tests.Security;

public class the_listen_address_guard
{
    [Theory]
    [InlineData("http://127.0.0.1:5180")]
    [InlineData("http://localhost:5180;http://[::1]:5181")]
    public void lets_a_ledger_with_its_own_generated_key_listen_on_loopback(string urls) =>
        Should.NotThrow(() => ListenAddressGuard.Check(urls, authenticationConfigured: false));

    [Theory]
    [InlineData("http://0.0.0.0:80")]
    [InlineData("http://*:8080")]
    [InlineData("http://127.0.0.1:5180;http://192.0.2.10:5180")]
    public void refuses_any_other_address_until_a_key_or_identity_provider_is_configured(string urls)
    {
        Should.Throw<InvalidOperationException>(() => ListenAddressGuard.Check(urls, authenticationConfigured: false))
            .Message.ShouldContain("Governance__Auth__SigningKey");
        Should.NotThrow(() => ListenAddressGuard.Check(urls, authenticationConfigured: true));
    }
}

[Collection(LedgerCollection.Name)]
public class request_limits(LedgerApp ledger)
{
    [Fact]
    public async Task a_request_body_over_a_megabyte_is_refused_before_anything_reads_it()
    {
        var huge = new { lead = new string('x', 1_100_000), version = 1 };

        var result = await ledger.Host.Scenario(s =>
        {
            s.Post.Json(huge).ToUrl("/api/footprints/QF7/leads");
            s.SignedInAs(Tokens.AdministratorOf(ledger.Host));
            s.StatusCodeShouldBe(413);
        });

        result.Context.Response.StatusCode.ShouldBe(413);
    }
}
