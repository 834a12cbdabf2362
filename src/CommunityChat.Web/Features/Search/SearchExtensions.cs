using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Search;

public static class SearchExtensions
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<SearchService>();
        services.AddScoped<ISearchIndex>(provider =>
        {
            var db = provider.GetRequiredService<AppDbContext>();
            return db.Database.IsSqlite() ? new SqliteSearchIndex(db) : new PostgresSearchIndex(db);
        });
        return services;
    }
}
