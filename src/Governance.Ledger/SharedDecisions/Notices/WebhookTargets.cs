using System.Net;
using System.Net.Sockets;

namespace Governance.Ledger.SharedDecisions.Notices;

/// <summary>
/// Where notices may be sent: https addresses of public hosts, without credentials in the URL, and, when
/// <c>Governance:Webhooks:AllowedHosts</c> is set, only those hosts. Names that only mean something inside a network
/// (localhost, *.internal, *.local, ...) and addresses outside the public internet (loopback, private ranges, link-local
/// and cloud metadata, carrier-grade NAT, unique-local IPv6, multicast, reserved) are refused when subscribing, and again
/// at every delivery after the name is resolved, so a name that later resolves inside is still refused.
/// <c>Governance:Webhooks:AllowLoopback</c> lets a development or test ledger post to plain http on loopback.
/// </summary>
public sealed class WebhookTargets(IConfiguration configuration)
{
    private static readonly string[] InternalSuffixes = [".localhost", ".internal", ".local", ".lan", ".home.arpa", ".intranet", ".corp"];

    private readonly bool _allowLoopback = configuration.GetValue("Governance:Webhooks:AllowLoopback", false);
    private readonly string[] _allowedHosts = configuration.GetSection("Governance:Webhooks:AllowedHosts").Get<string[]>() ?? [];

    /// <summary>Why the address may not be subscribed to, or null.</summary>
    public string? Refusal(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return "Give the absolute https address to post notices to.";
        if (url.UserInfo.Length > 0) return "An address may not carry a user name or password; sign deliveries with a secret instead.";
        if (url.Port is not 443 and (< 1024 or > 65535) && !(url.Scheme == "http" && _allowLoopback))
            return $"Port {url.Port} is not one notices are posted to: use 443, or a port from 1024 up.";
        // "localhost." is localhost: the root's trailing dot changes nothing about where a name leads.
        var host = url.IdnHost.TrimEnd('.');
        var loopback = IsLoopbackName(host);
        if (url.Scheme == "http" && !(loopback && _allowLoopback)) return "Notices are posted over https only.";
        if (_allowedHosts.Length > 0 && !_allowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            return $"{host} is not among the hosts this ledger posts notices to.";
        if (loopback) return _allowLoopback ? null : $"{host} is this machine, not a public host.";
        if (IsInternalName(host)) return $"{host} names a host inside a network, not a public one.";
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal) && !IsPublic(literal))
            return $"{literal} is not a public internet address.";
        return null;
    }

    /// <summary>May a delivery connect to this address, once its name is resolved?</summary>
    public bool MayConnect(IPAddress address) => IsPublic(address) || _allowLoopback && IPAddress.IsLoopback(address);

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ||
        host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ||
        IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);

    private static bool IsInternalName(string host) =>
        !IPAddress.TryParse(host.Trim('[', ']'), out _) &&
        (!host.Contains('.') || InternalSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)));

    /// <summary>On the public internet: not loopback, private, link-local, shared (CGNAT), unique-local, multicast,
    /// documentation, benchmarking or reserved.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return bytes[0] switch
            {
                0 or 10 or 127 => false,
                100 when bytes[1] is >= 64 and <= 127 => false,
                169 when bytes[1] == 254 => false,
                172 when bytes[1] is >= 16 and <= 31 => false,
                192 when bytes[1] == 168 => false,
                192 when bytes[1] == 0 && bytes[2] is 0 or 2 => false,
                198 when bytes[1] is 18 or 19 => false,
                198 when bytes[1] == 51 && bytes[2] == 100 => false,
                203 when bytes[1] == 0 && bytes[2] == 113 => false,
                >= 224 => false,
                _ => true,
            };
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6Any)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast) return false;
        if ((bytes[0] & 0xFE) == 0xFC) return false; // unique local fc00::/7
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8) return false; // documentation
        // Forms that carry an IPv4 address inside: judge that address.
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B) // NAT64 64:ff9b::/96
            return IsPublic(new IPAddress(bytes[12..]));
        if (bytes[..12].All(b => b == 0)) return IsPublic(new IPAddress(bytes[12..])); // IPv4-compatible ::a.b.c.d
        if (bytes[0] == 0x20 && bytes[1] == 0x02) return IsPublic(new IPAddress(bytes[2..6])); // 6to4 2002::/16
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x00 && bytes[3] == 0x00) return false; // Teredo 2001::/32
        return true;
    }
}
