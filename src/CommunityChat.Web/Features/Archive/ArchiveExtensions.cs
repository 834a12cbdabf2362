namespace CommunityChat.Web.Features.Archive;

public static class ArchiveExtensions
{
    public static IServiceCollection AddArchive(this IServiceCollection services)
    {
        services.AddScoped<TranscriptService>();
        return services;
    }
}
