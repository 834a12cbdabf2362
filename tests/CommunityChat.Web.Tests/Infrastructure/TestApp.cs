using System.Net.Http.Headers;
using System.Net.Http.Json;
using CommunityChat.Web.Features.Chats;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel (127.0.0.1, random port) over its own SQLite file, deleted on dispose.
/// Rate limits are raised so tests that post a lot measure the rules, not the throttle.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "communitychat-web-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly TimeProvider? _clock;
    private readonly string _environment;
    private readonly List<HttpClient> _clients = [];
    private readonly ILoggerProvider? _logs;
    private readonly Action<IServiceCollection>? _services;

    private TestApp(IReadOnlyDictionary<string, string?>? settings, TimeProvider? clock, string environment, ILoggerProvider? logs, Action<IServiceCollection>? services)
    {
        _services = services;
        Directory.CreateDirectory(_folder);
        _settings = new()
        {
            ["ConnectionStrings:CommunityChat"] = $"Data Source={Path.Combine(_folder, "communitychat.db")}",
            ["CommunityChat:SeedDemoData"] = "false",
            ["CommunityChat:Posting:Burst"] = "1000",
            ["CommunityChat:Posting:PerSecond"] = "1000",
            ["CommunityChat:RateLimits:WritesPerMinute"] = "100000",
            ["CommunityChat:RateLimits:AccountsPerMinute"] = "100000",
            // Every test client comes from 127.0.0.1 and many call quickly; HubLimitsTests sets its own limits.
            ["CommunityChat:RateLimits:HubCallsPerSecond"] = "100000",
            ["CommunityChat:RateLimits:HubCallsPerSecondPerAddress"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        _clock = clock;
        _environment = environment;
        _logs = logs;
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    public Uri BaseAddress { get; }

    /// <param name="logs">Receives the app's logs too, filtered by its configuration as the console is.</param>
    /// <param name="services">Changes the app's services after its own (a database interceptor that holds a read, say).</param>
    public static TestApp Start(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, string environment = "Development", ILoggerProvider? logs = null, Action<IServiceCollection>? services = null) =>
        new(settings, clock, environment, logs, services);

    /// <summary>A plain HTTP client with no credentials: a reader.</summary>
    public HttpClient Anonymous() => NewClient(null);

    /// <summary>A browser: an HTTP client whose cookies (the auth cookie once signed in) a test can read and copy.</summary>
    public (HttpClient Http, System.Net.CookieContainer Cookies) Browser(System.Net.CookieContainer? cookies = null)
    {
        cookies ??= new System.Net.CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        _clients.Add(client);
        return (client, cookies);
    }

    /// <summary>Signs up over the API and creates a personal access token for the account.</summary>
    public async Task<Person> SignUpAsync(string handle, string? displayName = null)
    {
        using var anonymous = Anonymous();
        var created = await anonymous.PostAsJsonAsync("api/accounts", new { handle, displayName = displayName ?? handle + " Person", password = Password });
        await Http.ExpectAsync(created, System.Net.HttpStatusCode.Created);
        var tokenResponse = await anonymous.PostAsJsonAsync("api/tokens", new { handle, password = Password, name = "tests" });
        await Http.ExpectAsync(tokenResponse, System.Net.HttpStatusCode.Created);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<TokenView>(Http.Json))!.Token;
        return new Person(handle, token, NewClient(token));
    }

    /// <summary>Runs one step of the server's schedule (autopilot questions, ending on time), as the background service does.</summary>
    public async Task TickAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChatSchedule>().TickAsync();
    }

    public Task<RoomClient> ConnectAsync(Person? person = null, string? language = null) =>
        RoomClient.ConnectAsync(BaseAddress, person?.Token, language);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            if (_logs is not null)
            {
                logging.AddProvider(_logs);
            }
        });
        builder.ConfigureTestServices(services =>
        {
            // Hashing stays real but cheap: the default 100,000 PBKDF2 rounds per sign-up and token would dominate the run.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            if (_clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(_clock);
            }

            _services?.Invoke(services);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on some platform: the temp folder is cleaned by the OS eventually.
        }
    }

    private HttpClient NewClient(string? token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _clients.Add(client);
        return client;
    }
}
