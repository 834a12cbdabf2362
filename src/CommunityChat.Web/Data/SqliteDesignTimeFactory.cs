using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CommunityChat.Web.Data;

/// <summary>
/// Lets `dotnet ef migrations add … --context AppDbContext` build the SQLite model. Without it the tool would reach
/// for <see cref="PostgresDesignTimeFactory"/>, whose context derives from AppDbContext, and mix the two sets.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
