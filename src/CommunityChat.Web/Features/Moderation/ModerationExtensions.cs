namespace CommunityChat.Web.Features.Moderation;

public static class ModerationExtensions
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddScoped<ModerationService>();
        services.AddScoped<HeldPostsService>();
        services.AddScoped<MoveService>();
        return services;
    }
}
