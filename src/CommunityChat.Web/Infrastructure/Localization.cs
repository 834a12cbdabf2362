using Microsoft.AspNetCore.Localization;

namespace CommunityChat.Web.Infrastructure;

public static class Localization
{
    /// <summary>The interface languages (SPEC rule 17). English is the default and the fallback.</summary>
    public static readonly string[] Cultures = ["en", "fr", "zh-Hans"];

    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // A choice made with the switcher (cookie) wins over the browser's Accept-Language.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
