using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy (issue 9): `X-Forwarded-For` and `X-Forwarded-Proto` are believed only from the proxies
/// named in `CommunityChat:ForwardedHeaders:KnownProxies` (addresses) and `KnownNetworks` (CIDR, e.g. 10.0.0.0/8), and
/// from this machine (a proxy on the same host) when none are named. Anyone else sending them is ignored, so a client
/// cannot choose the address its rate limits count against.
/// </summary>
public static class ForwardedHeaders
{
    public const string Section = "CommunityChat:ForwardedHeaders";

    public static IServiceCollection AddAppForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = configuration.GetValue($"{Section}:ForwardLimit", 1);
            if (proxies.Length + networks.Length > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                foreach (var proxy in proxies)
                {
                    options.KnownProxies.Add(IPAddress.Parse(proxy));
                }

                foreach (var network in networks)
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
                }
            }
        });
        return services;
    }
}
