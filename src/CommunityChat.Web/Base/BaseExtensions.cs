using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Participation;
using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Base.Suggestions;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace CommunityChat.Web.Base;

/// <summary>What every feature builds on: who may do what, the audit log, reading chats and posts, the sequence, the hub.</summary>
public static class BaseExtensions
{
    public static IServiceCollection AddBase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<Permissions>();
        services.AddScoped<People>();
        services.AddScoped<AuditLog>();
        services.AddSingleton<ActionThrottle>();
        services.AddScoped<CommunityReader>();
        services.AddScoped<CodeOfConduct>();
        services.AddScoped<ChatReader>();
        services.AddScoped<ChatSlugs>();
        services.AddScoped<PostReader>();
        services.AddScoped<TranscriptReader>();
        services.AddScoped<PollReader>();
        services.AddScoped<ChatSequence>();
        services.AddSingleton<PostWriter>();
        services.AddHostedService<PostWriterShutdown>();
        services.AddScoped<QuestionAsking>();
        services.AddScoped<SuggestionReader>();
        services.AddScoped<Attendances>();
        services.AddScoped<Newcomers>();
        services.AddMemoryCache();
        services.AddSingleton<ChatEvents>();
        services.AddSingleton<Presence>();
        if (RedisConnection.ConnectionString(configuration) is null)
        {
            services.AddSingleton<IOnlineCounts, LocalOnlineCounts>();
        }
        else
        {
            services.AddSingleton<IOnlineCounts, RedisOnlineCounts>();
        }

        services.AddHostedService<PresenceBroadcaster>();
        services.AddSingleton<OpenConnections>();
        services.AddSingleton<ConnectionRecheck>();
        services.AddHostedService(provider => provider.GetRequiredService<ConnectionRecheck>());

        services.AddSingleton<HubLimits>();
        var signalR = services.AddSignalR(options =>
            {
                // Outermost first: the refusal filter sets the connection's language and turns refusals into sentences.
                options.AddFilter<HubRefusalFilter>();
                options.AddFilter<HubLimits>();
                options.MaximumReceiveMessageSize = 64 * 1024;
            })
            .AddJsonProtocol(options => PlatformExtensions.Configure(options.PayloadSerializerOptions));

        // Several server instances share one room through the Redis backplane (SPEC configuration).
        if (RedisConnection.ConnectionString(configuration) is { } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("CommunityChat"));
        }

        return services;
    }

    public static IEndpointRouteBuilder MapChatHub(this IEndpointRouteBuilder app)
    {
        app.MapHub<ChatHub>("/hubs/chat");
        return app;
    }
}
