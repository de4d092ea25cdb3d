using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.Json;
using Alba;
using Governance.Ledger.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Governance.Tests.Support;

/// <summary>Bearer tokens for tests, issued by the ledger's own issuer with the test run's key.</summary>
public static class Tokens
{
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public const string Administrator = "Test Administrator";

    public static string For(IAlbaHost host, string person, string role, string[]? footprints = null,
        string[]? bodies = null, TimeProvider? clock = null) =>
        new TokenIssuer(host.Services.GetRequiredService<TokenSigningKey>(), clock ?? TimeProvider.System)
            .Issue(person, [role], footprints ?? [], bodies ?? [], TimeSpan.FromHours(1));

    public static string AdministratorOf(IAlbaHost host) => For(host, Administrator, LedgerRoles.Administrator);

    /// <summary>An administrator's token for a ledger running as a process of its own, started with the run's key.</summary>
    public static string AdministratorByKey(TimeSpan? lifetime = null) =>
        new TokenIssuer(new TokenSigningKey(new SymmetricSecurityKey(Convert.FromBase64String(SigningKey)), Explicit: true),
            TimeProvider.System).Issue(Administrator, [LedgerRoles.Administrator], [], [], lifetime ?? TimeSpan.FromHours(1));

    public static void SignedInAs(this Scenario scenario, string token) =>
        scenario.WithRequestHeader("Authorization", $"Bearer {token}");

    /// <summary>How the ledger writes JSON, for reading its answers through a plain HttpClient.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static HttpClient ClientFor(this IAlbaHost host, string token)
    {
        var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }
}
