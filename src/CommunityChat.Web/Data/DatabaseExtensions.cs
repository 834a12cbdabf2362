using CommunityChat.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

public static class DatabaseExtensions
{
    public const string ConnectionStringName = "CommunityChat";
    private const string DefaultConnectionString = "Data Source=App_Data/communitychat.db";

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var connectionString = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        services.AddDbContext<AppDbContext>(options => options.UseSqlite(connectionString));
        return services;
    }

    /// <summary>Creates the database file's folder, applies the checked-in migrations and, when asked, seeds the demo.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.MigrateAsync();
        // WAL lets readers (transcripts, catch-up) run while a post commits; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");

        if (app.Configuration.GetValue("CommunityChat:SeedDemoData", app.Environment.IsDevelopment()))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }
    }
}
