namespace CommunityChat.Web.Features.Participants;

public static class ParticipantsExtensions
{
    public static IServiceCollection AddParticipants(this IServiceCollection services)
    {
        services.AddScoped<PeopleService>();
        return services;
    }
}
