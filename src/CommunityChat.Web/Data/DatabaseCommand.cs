using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

/// <summary>
/// `CommunityChat.Web backup FILE` and `CommunityChat.Web restore FILE`: the app run as a command on the database its
/// settings name, instead of as a server. Settings come after the file (`--ConnectionStrings:CommunityChat=...`) or
/// from the environment, as for the server. Neither migrates: the serving app owns the schema.
/// </summary>
public sealed record DatabaseCommand(string Name, string? File, string[] Settings)
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    /// <summary>The command in the arguments, or null when the app is to serve. Its file is not a setting.</summary>
    public static DatabaseCommand? Parse(string[] args) => args switch
    {
        [Backup or Restore, var file, .. var settings] when !file.StartsWith("--", StringComparison.Ordinal) => new(args[0], file, settings),
        [Backup or Restore, .. var settings] => new(args[0], null, settings),
        _ => null,
    };

    /// <summary>Runs the command; the exit code is 0 when it worked, 1 when it failed, 2 when it was misused.</summary>
    public async Task<int> RunAsync(IServiceProvider services)
    {
        if (File is null)
        {
            await Console.Error.WriteLineAsync($"Usage: CommunityChat.Web {Name} FILE [--setting=value ...]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!db.Database.IsSqlite())
        {
            await Console.Error.WriteLineAsync($"{Name}: the database is PostgreSQL; use pg_dump and pg_restore (docs/operations.md).");
            return 2;
        }

        var connectionString = db.Database.GetConnectionString()!;
        try
        {
            if (Name == Backup)
            {
                await SqliteBackup.BackupAsync(connectionString, File);
                Console.WriteLine($"Backed up {SqliteBackup.DatabaseFile(connectionString)} to {Path.GetFullPath(File)}.");
            }
            else
            {
                var replaced = await SqliteBackup.RestoreAsync(connectionString, File, scope.ServiceProvider.GetRequiredService<TimeProvider>());
                Console.WriteLine($"Restored {Path.GetFullPath(File)} to {SqliteBackup.DatabaseFile(connectionString)}."
                    + (replaced is null ? "" : $" The database it replaced is now {replaced}."));
            }

            return 0;
        }
        catch (BackupException exception)
        {
            await Console.Error.WriteLineAsync($"{Name}: {exception.Message}");
            return 1;
        }
    }
}
