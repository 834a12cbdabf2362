using CommunityChat.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

public static class DatabaseExtensions
{
    public const string ConnectionStringName = "CommunityChat";
    private const string DefaultSqliteConnectionString = "Data Source=App_Data/communitychat.db";

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration[$"{DatabaseOptions.Section}:Provider"] ?? DatabaseOptions.Sqlite;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        // The options are built once, not per scope: building them (EF's warnings configuration) was a seventh of what
        // 5,000 people joining allocated, since each hub call's scope creates a context (issue 8, docs/benchmarks.md).
        if (provider == DatabaseOptions.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("CommunityChat:Database:Provider is Postgres: set ConnectionStrings:CommunityChat to a PostgreSQL connection string.");
            }

            services.AddDbContext<AppDbContext, PostgresAppDbContext>(options => options.UseNpgsql(connectionString), optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            var sqlite = AnchorToContentRoot(connectionString ?? DefaultSqliteConnectionString, environment);
            services.AddDbContext<AppDbContext>(options => options.UseSqlite(sqlite), optionsLifetime: ServiceLifetime.Singleton);
        }

        services.AddScoped<DatabaseLease>();
        return services;
    }

    /// <summary>Creates the SQLite file's folder, applies the checked-in migrations and, when asked, seeds the demo.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        if (db.Database.IsSqlite())
        {
            var folder = Path.GetDirectoryName(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers (transcripts, catch-up) run while a post commits; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await SearchSchema.EnsureAsync(db);

        if (app.Configuration.GetValue("CommunityChat:SeedDemoData", app.Environment.IsDevelopment()))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }
    }

    /// <summary>A relative file name means "next to the app", wherever `dotnet run` was started from.</summary>
    private static string AnchorToContentRoot(string connectionString, IHostEnvironment environment)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !Path.IsPathRooted(file))
        {
            builder.DataSource = Path.Combine(environment.ContentRootPath, file);
        }

        return builder.ToString();
    }
}
