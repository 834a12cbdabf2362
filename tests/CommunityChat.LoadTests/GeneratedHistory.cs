using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.LoadTests;

/// <summary>
/// What the benchmarks' generated databases share: the app's own schema (migrations and the search engines' objects),
/// a database kept when it is already filled (building one takes minutes), and the community with its accounts.
/// </summary>
internal static class GeneratedHistory
{
    public static AppDbContext Open(string provider, string connectionString) => provider == "postgres"
        ? new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).Options)
        : new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite(connectionString).Options);

    /// <returns>False when the database already holds posts: it is kept as it is.</returns>
    public static async Task<bool> PrepareAsync(AppDbContext db)
    {
        await db.Database.MigrateAsync();
        await SearchSchema.EnsureAsync(db);
        if (await db.Posts.AnyAsync())
        {
            Console.WriteLine($"database already holds {await db.Posts.CountAsync():N0} posts: kept");
            return false;
        }

        return true;
    }

    /// <summary>The community "bench" and <paramref name="count"/> accounts named <paramref name="prefix"/>1, 2 …</summary>
    public static async Task<(Community Community, List<User> People)> CommunityAsync(AppDbContext db, string prefix, int count, DateTime start)
    {
        var people = Enumerable.Range(1, count).Select(i => new User
        {
            UserName = $"{prefix}{i}",
            NormalizedUserName = $"{prefix}{i}".ToUpperInvariant(),
            DisplayName = $"Person {i}",
            CreatedAt = start,
            SecurityStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(people);
        var community = new Community { Slug = "bench", Name = "Bench", Hashtag = "BenchChat", CreatedAt = start };
        db.Communities.Add(community);
        await db.SaveChangesAsync();
        return (community, people);
    }
}
