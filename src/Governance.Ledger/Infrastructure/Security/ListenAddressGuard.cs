using System.Net;

namespace Governance.Ledger.Infrastructure.Security;

/// <summary>
/// Refuses to start a ledger that would listen beyond this machine while it signs tokens with the key it generated
/// for itself: set Governance:Auth:SigningKey (or SigningKeyFile, or an OpenID Connect Authority) first.
/// </summary>
public static class ListenAddressGuard
{
    public static void Check(string? urls, bool authenticationConfigured)
    {
        var exposed = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(address => !IsLoopback(address))
            .ToList();
        if (exposed.Count > 0 && !authenticationConfigured)
        {
            throw new InvalidOperationException(
                $"Refusing to listen on {string.Join(", ", exposed)}: beyond loopback the ledger needs a signing key " +
                "you configured (Governance__Auth__SigningKey or Governance__Auth__SigningKeyFile) or an OpenID " +
                "Connect provider (Governance__Auth__Authority), not the one it generated for itself.");
        }
    }

    public static bool IsLoopback(string address)
    {
        var host = new Uri(address.Replace("*", "wildcard").Replace("+", "wildcard")).Host;
        return host == "localhost" || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
