using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityChat.Web.Data;
using CommunityChat.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Infrastructure;

/// <summary>What every feature stands on: clock, JSON shape, errors, localisation, security headers, rate limits, pages.</summary>
public static class PlatformExtensions
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ServerInstance>();
        if (RedisConnection.ConnectionString(configuration) is not null)
        {
            services.AddSingleton<RedisConnection>();
        }

        services.AddScoped<DemoData>();
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        // Problems written by middleware (challenge, rate limiter, unknown route) carry no detail of their own.
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Detail ??= DefaultDetail(context.HttpContext, context.ProblemDetails.Status));
        // Unreadable bodies must reach ApiExceptionHandler in every environment; by default only Development throws.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Nothing a person sends is large; the bound keeps a script from streaming megabytes into a handler.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options =>
        {
            options.Limits.MaxRequestBodySize = configuration.GetValue<long>("CommunityChat:MaxRequestBytes", 1024 * 1024);
            options.AddServerHeader = false; // no "Server: Kestrel" on every answer
        });
        services.AddAppForwardedHeaders(configuration);
        services.AddAppDataProtection(configuration);
        services.AddAppLocalization();
        services.AddAppRateLimits(configuration);
        services.AddAntiforgery(options => options.Cookie.Name = "cc.af");
        services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddRazorOptions(options => options.PageViewLocationFormats.Add("/Pages/Shared/{0}.cshtml"));
        return services;
    }

    private static string? DefaultDetail(HttpContext context, int? status)
    {
        var t = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return status switch
        {
            StatusCodes.Status401Unauthorized => t["Sign in first."].Value,
            StatusCodes.Status403Forbidden => t["You don't have permission to do that."].Value,
            StatusCodes.Status404NotFound => t["There is nothing at this address."].Value,
            StatusCodes.Status429TooManyRequests => t["Too many requests in a short time. Wait a minute and try again."].Value,
            _ => null,
        };
    }

    /// <summary>camelCase fields, enums as camelCase strings ("live", "answer", "guest"): the API's and the hub's shape.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    public static bool IsApi(HttpContext context) => IsApi(context.Request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs");

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // The API and the hub answer with problem details; pages show a friendly page in the user's language.
        // First: behind a TLS proxy the scheme and the client's address are the proxy's until this reads its headers,
        // and HSTS, secure cookies and per-address limits depend on them.
        app.UseForwardedHeaders();
        app.UseExceptionHandler("/error/500");
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseSameOriginForApi();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache(); // after authentication, so a signed-in answer is never kept; only the OpenAPI document asks
        app.UseAntiforgery();
        return app;
    }
}
