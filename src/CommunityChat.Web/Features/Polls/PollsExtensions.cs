namespace CommunityChat.Web.Features.Polls;

public static class PollsExtensions
{
    public static IServiceCollection AddPolls(this IServiceCollection services)
    {
        services.AddScoped<PollService>();
        services.AddScoped<PollClosing>();
        services.AddSingleton<PollEvents>();
        services.AddHostedService<PollBroadcaster>();
        return services;
    }
}
