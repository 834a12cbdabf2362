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

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs");

    public static WebApplication UsePlatform(this WebApplication app)
    {
        // The API and the hub answer with problem details; pages show a friendly page in the user's language.
        app.UseExceptionHandler("/error/500");
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
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
