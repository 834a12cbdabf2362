using Microsoft.Data.Sqlite;

namespace CommunityChat.Web.Data;

/// <summary>
/// An online copy of the SQLite database and putting one back (docs/operations.md, "Backups").
/// `VACUUM INTO` reads one consistent snapshot while the app keeps serving (WAL: readers never wait for the writer),
/// and writes a compact file holding everything, the search index included.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the live database to <paramref name="target"/>, which must not exist (a backup is never overwritten).</summary>
    public static async Task BackupAsync(string connectionString, string target, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFullPath(target);
        if (File.Exists(file))
        {
            throw new BackupException($"{file} exists already: give each backup a new name, so an earlier one is never overwritten.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var partial = file + ".partial";
        File.Delete(partial);
        await using (var live = await OpenAsync(connectionString, SqliteOpenMode.ReadWrite, cancellationToken))
        {
            await using var vacuum = live.CreateCommand();
            vacuum.CommandText = "VACUUM INTO $file";
            vacuum.Parameters.AddWithValue("$file", partial);
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }

        await CheckAsync(partial, cancellationToken);
        Flush(partial);
        File.Move(partial, file);
    }

    /// <summary>
    /// Puts a backup in place of the database. Run with the app stopped. The database it replaces and its WAL files are
    /// kept beside it as `*.before-restore-{time}` (a WAL left beside the restored file would be replayed into it).
    /// Returns the replaced file's new name, or null when there was none.
    /// </summary>
    public static async Task<string?> RestoreAsync(string connectionString, string backup, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var source = Path.GetFullPath(backup);
        if (!File.Exists(source))
        {
            throw new BackupException($"{source} does not exist.");
        }

        await CheckAsync(source, cancellationToken);
        var database = DatabaseFile(connectionString);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var partial = database + ".partial";
        File.Copy(source, partial, overwrite: true);
        Flush(partial);

        string? replaced = null;
        if (File.Exists(database))
        {
            replaced = $"{database}.before-restore-{clock.GetUtcNow():yyyyMMddHHmmss}";
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(database + suffix))
                {
                    File.Move(database + suffix, replaced + suffix);
                }
            }
        }

        File.Move(partial, database);
        return replaced;
    }

    public static string DatabaseFile(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);

    /// <summary>The copy must open and pass SQLite's integrity check before it counts as a backup.</summary>
    private static async Task CheckAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync($"Data Source={file}", SqliteOpenMode.ReadOnly, cancellationToken);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var result = await check.ExecuteScalarAsync(cancellationToken) as string;
        if (result != "ok")
        {
            throw new BackupException($"{file} failed SQLite's integrity check: {result}");
        }
    }

    private static async Task<SqliteConnection> OpenAsync(string connectionString, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        // Never create a file (a wrong path would otherwise back up an empty database), never keep one open in a pool.
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false, DefaultTimeout = 30 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (SqliteException exception)
        {
            await connection.DisposeAsync();
            throw new BackupException($"Could not open {builder.DataSource}: {exception.Message}");
        }

        return connection;
    }

    /// <summary>On disk before it is named as the backup or the database: a crash leaves a `.partial`, never half a file.</summary>
    private static void Flush(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
        stream.Flush(flushToDisk: true);
    }
}

/// <summary>A backup or restore that cannot go ahead; its message is for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
