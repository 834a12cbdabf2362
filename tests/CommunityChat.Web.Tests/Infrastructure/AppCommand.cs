using System.Diagnostics;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// Runs the app's own entry point as a separate process with a command (`backup FILE`, `restore FILE`), as an
/// operator would with `dotnet CommunityChat.Web.dll`, its database named by an environment variable.
/// </summary>
public static class AppCommand
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string databaseFile, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CommunityChat.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__CommunityChat"] = $"Data Source={databaseFile}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output + await error);
    }
}
