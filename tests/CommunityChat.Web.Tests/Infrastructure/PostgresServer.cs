using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, started for a test class and stopped with it
/// (fsync off: tests only). Needs Debian's postgresql package, which eng/install-prerequisites.sh installs.
/// As root (CI) the server runs as the postgres user, as PostgreSQL requires.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "communitychat-pg-" + Guid.NewGuid().ToString("N"));
    private string _bin = "";
    private int _databases;

    public int Port { get; private set; }

    public async ValueTask InitializeAsync()
    {
        _bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order().LastOrDefault() ?? ""
            : "";
        if (_bin.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql: run eng/install-prerequisites.sh.");
        }

        Directory.CreateDirectory(_folder);
        Port = FreePort();
        await RunAsync(Path.Combine(_bin, "initdb"), $"-D {_folder}/data -A trust -U postgres --no-sync");
        await RunAsync(Path.Combine(_bin, "pg_ctl"),
            $"-D {_folder}/data -l {_folder}/log -w start -o \"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\"");
    }

    /// <summary>A new, empty database for one app, so tests don't share rows.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref _databases)}";
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <summary>Stops the server at once (a test of what happens when the database goes away); disposing afterwards is harmless.</summary>
    public async Task StopAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (File.Exists(Path.Combine(_folder, "data", "postmaster.pid")))
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), $"-D {_folder}/data -w -m immediate stop");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=50";

    private async Task RunAsync(string program, string arguments)
    {
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await Process.Start("chown", $"-R postgres {_folder}")!.WaitForExitAsync();
        }

        var start = asRoot
            ? new ProcessStartInfo("su", ["postgres", "-c", $"{program} {arguments}"])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
