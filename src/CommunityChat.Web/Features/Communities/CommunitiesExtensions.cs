namespace CommunityChat.Web.Features.Communities;

public static class CommunitiesExtensions
{
    public static IServiceCollection AddCommunities(this IServiceCollection services)
    {
        services.AddScoped<CommunityService>();
        services.AddScoped<CommunitySettings>();
        return services;
    }
}
