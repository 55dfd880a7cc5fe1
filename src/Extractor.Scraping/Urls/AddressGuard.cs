using System.Net;
using System.Net.Sockets;

namespace Extractor.Scraping.Urls;

/// <summary>Tells private, loopback and link-local addresses from public ones, so a public site cannot steer the crawler into a private network.</summary>
public static class AddressGuard
{
    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] == 10
                || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)
                || b[0] == 0
                || b[0] >= 224;
        }

        return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
    }

    /// <summary>True when the host is, or resolves only to, private addresses ("localhost", "127.0.0.1", "10.1.2.3", a LAN name).</summary>
    /// <remarks>A host that does not resolve is not private (the fetch will fail on its own).</remarks>
    public static async Task<bool> IsPrivateHostAsync(string host, CancellationToken cancellationToken = default)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return IsPrivate(literal);
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0 && addresses.Any(IsPrivate);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
