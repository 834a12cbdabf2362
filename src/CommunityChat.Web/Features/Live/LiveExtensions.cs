using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Features.Live;

public static class LiveExtensions
{
    public static IServiceCollection AddLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ChatSequence>();
        services.AddScoped<PostingService>();
        services.AddScoped<LikeService>();
        services.AddScoped<RoomSnapshot>();
        services.AddSingleton<ChatEvents>();
        services.AddSingleton<Presence>();
        services.AddSingleton<ActionThrottle>();
        services.AddHostedService<PresenceBroadcaster>();

        var signalR = services.AddSignalR(options =>
            {
                options.AddFilter<HubRefusalFilter>();
                options.MaximumReceiveMessageSize = 64 * 1024;
            })
            .AddJsonProtocol(options => PlatformExtensions.Configure(options.PayloadSerializerOptions));

        // Several server instances share one room through the Redis backplane (SPEC configuration).
        var redis = configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("CommunityChat"));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder app)
    {
        app.MapHub<ChatHub>("/hubs/chat");
        return app;
    }
}
