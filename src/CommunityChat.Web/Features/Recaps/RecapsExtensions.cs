namespace CommunityChat.Web.Features.Recaps;

public static class RecapsExtensions
{
    public static IServiceCollection AddRecaps(this IServiceCollection services) => services.AddScoped<RecapService>();
}
