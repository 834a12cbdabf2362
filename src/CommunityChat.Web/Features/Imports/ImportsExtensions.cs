namespace CommunityChat.Web.Features.Imports;

public static class ImportsExtensions
{
    public static IServiceCollection AddImports(this IServiceCollection services) =>
        services.AddScoped<ImportService>().AddScoped<ClaimService>();
}
