using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// Every table of a test app's SQLite database as one line per table: its row count and a hash of every value, read
/// straight from the file. Two equal checksums mean nothing was written in between. A token's LastUsedAt is left out:
/// using a token to be refused still counts as using it. Nor is the Leases table: the running instance renews its lease
/// on the schedule every tick, whatever anyone asks.
/// </summary>
public static class DatabaseChecksum
{
    public static async Task<string> ReadAsync(TestApp app)
    {
        var connectionString = app.Services.GetRequiredService<IConfiguration>().GetConnectionString("CommunityChat");
        await using var connection = new SqliteConnection(connectionString + ";Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'Leases' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var lines = new StringBuilder();
        foreach (var table in tables)
        {
            await using var read = connection.CreateCommand();
            read.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await read.ExecuteReaderAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var rows = 0;
            while (await reader.ReadAsync())
            {
                rows++;
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (reader.GetName(i) != "LastUsedAt")
                    {
                        hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
                    }
                }
            }

            lines.Append(table).Append(' ').Append(rows).Append(' ').AppendLine(Convert.ToHexString(hash.GetHashAndReset()));
        }

        return lines.ToString();
    }

    /// <summary>The tables whose line differs, for a failure message.</summary>
    public static string Difference(string before, string after) =>
        string.Join(", ", after.Split('\n').Except(before.Split('\n')).Select(line => line.Split(' ')[0]));
}
