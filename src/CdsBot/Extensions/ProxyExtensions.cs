using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CdsBot.Extensions;

/// <summary>
/// Behind a reverse proxy (nginx, a load balancer) the request's scheme and client address are what the proxy reports in
/// X-Forwarded-Proto and X-Forwarded-For: so the staff cookie is marked Secure when the citizen's or staff's browser
/// used HTTPS, and sign-in attempts are limited per real client. Only proxies the deployer names are believed
/// (Proxy:KnownProxies, Proxy:KnownNetworks); loopback always is, as in ASP.NET Core's default.
/// </summary>
public static class ProxyExtensions
{
    internal static void AddProxy(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [];
        var networks = builder.Configuration.GetSection("Proxy:KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
            }
        });
    }

    internal static void UseProxy(this WebApplication app) => app.UseForwardedHeaders();
}
