namespace CommunityChat.Web.Features.Live;

public static class LiveExtensions
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddScoped<PostingService>();
        services.AddScoped<LikeService>();
        services.AddScoped<OwnPostsService>();
        services.AddScoped<RoomSnapshot>();
        services.AddSingleton<SharedRoomReads>();
        services.AddSingleton<FloodLimits>();
        services.AddSingleton<LikeBroadcaster>();
        services.AddHostedService(provider => provider.GetRequiredService<LikeBroadcaster>());
        return services;
    }
}
