using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// The app as an operator runs it: its own process (`dotnet CommunityChat.Web.dll`, Production settings) on
/// 127.0.0.1 over a given SQLite file, stopped with a real SIGTERM (<see cref="TerminateAsync"/>) or killed on dispose.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    /// <summary>What the process wrote to its standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync(string databaseFile, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "CommunityChat.Web.dll"), "--urls", $"http://127.0.0.1:{port}" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__CommunityChat"] = $"Data Source={databaseFile}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["CommunityChat__SeedDemoData"] = "false";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information"; // "Application started."
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var app = new AppProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        app._process.OutputDataReceived += (_, line) => app.Keep(line.Data);
        app._process.ErrorDataReceived += (_, line) => app.Keep(line.Data);
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    /// <summary>Sends SIGTERM, as a service manager or a container runtime stops the app, and waits for it to exit.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    /// <summary>Waits for the host's "Application started." line: migrations ran and Kestrel listens.</summary>
    private async Task WaitUntilReadyAsync()
    {
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _started.TrySetException(new InvalidOperationException($"The app exited at start ({_process.ExitCode}):\n{Output}"));
        try
        {
            await _started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The app did not start within 60 s:\n{Output}");
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }

            if (line.Contains("Application started.", StringComparison.Ordinal))
            {
                _started.TrySetResult();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
