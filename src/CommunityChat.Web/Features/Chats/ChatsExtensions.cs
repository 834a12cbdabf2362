using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CommunityChat.Web.Features.Chats;

public static class ChatsExtensions
{
    public static IServiceCollection AddChats(this IServiceCollection services)
    {
        services.AddScoped<PlanRules>();
        services.AddScoped<ChatPlanning>();
        services.AddScoped<PlanChanges>();
        services.AddScoped<ChatSeries>();
        services.AddScoped<ChatLifecycle>();
        services.AddScoped<ChatSchedule>();
        services.AddOptions<ChatScheduleOptions>().BindConfiguration(ChatScheduleOptions.Section)
            .Validate(o => o.IsValid, "CommunityChat:Schedule: TickSeconds must be above 0, and LeaseSeconds at least twice TickSeconds.")
            .ValidateOnStart();
        services.AddHostedService<ChatScheduleService>();
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Chats/Plan", PlanModel.EditRoute));
        return services;
    }
}
