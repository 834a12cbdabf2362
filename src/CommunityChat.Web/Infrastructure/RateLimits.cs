using System.Threading.RateLimiting;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Infrastructure;

public static class RateLimits
{
    /// <summary>Sign-ups, token creation: per client address.</summary>
    public const string Accounts = "accounts";

    /// <summary>Every other API write: per account, else per address.</summary>
    public const string Writes = "writes";

    public static IServiceCollection AddAppRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var accountsPerMinute = configuration.GetValue("CommunityChat:RateLimits:AccountsPerMinute", 20);
        var writesPerMinute = configuration.GetValue("CommunityChat:RateLimits:WritesPerMinute", 300);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                if (!PlatformExtensions.IsApi(context.HttpContext))
                {
                    return; // pages: the status code page explains it
                }

                var t = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Detail = t["Too many requests in a short time. Wait a minute and try again."],
                    },
                });
            };
            options.AddPolicy(Accounts, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = accountsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(Writes, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.UserId()?.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    ?? context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = writesPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
