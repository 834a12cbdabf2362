namespace CommunityChat.Web.Features.Suggestions;

public static class SuggestionsExtensions
{
    public static IServiceCollection AddSuggestions(this IServiceCollection services)
    {
        services.AddScoped<SuggestionService>();
        services.AddSingleton<SuggestionEvents>();
        services.AddHostedService<SuggestionBroadcaster>();
        return services;
    }
}
