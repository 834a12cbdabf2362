using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Infrastructure;

/// <summary>What every feature stands on: clock, JSON shape, errors, localisation, security headers, rate limits, pages.</summary>
public static class PlatformExtensions
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DemoData>();
        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));
        services.AddProblemDetails();
        // Unreadable bodies must reach RefusalExceptionHandler in every environment; by default only Development throws.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddExceptionHandler<RefusalExceptionHandler>();
        services.AddAppLocalization();
        services.AddAppRateLimits(configuration);
        services.AddAntiforgery(options => options.Cookie.Name = "cc.af");
        services.AddRazorPages(options => options.RootDirectory = "/Features")
            .AddViewLocalization()
            .AddRazorOptions(options => options.PageViewLocationFormats.Add("/Pages/Shared/{0}.cshtml"));
        return services;
    }

    /// <summary>camelCase fields, enums as camelCase strings ("live", "answer", "guest"): the API's and the hub's shape.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }
}
