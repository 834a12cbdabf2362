using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace CommunityChat.Web.Infrastructure;

public static class RateLimits
{
    /// <summary>Sign-ups, token creation: per client address.</summary>
    public const string Accounts = "accounts";

    /// <summary>Every other API write: per account, else per address.</summary>
    public const string Writes = "writes";

    /// <summary>Searches (the API and the page): per client address, as each one reads the full-text index.</summary>
    public const string Searches = "searches";

    public static IServiceCollection AddAppRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var accountsPerMinute = configuration.GetValue("CommunityChat:RateLimits:AccountsPerMinute", 20);
        var writesPerMinute = configuration.GetValue("CommunityChat:RateLimits:WritesPerMinute", 300);
        var searchesPerMinute = configuration.GetValue("CommunityChat:RateLimits:SearchesPerMinute", 120);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Accounts, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = accountsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.UserId()?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    ?? context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = writesPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(Searches, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = searchesPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
