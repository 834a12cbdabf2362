using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Browser.Tests;

/// <summary>The real app on a real Kestrel port (a browser can't reach the in-memory test server), over its own SQLite file.</summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("communitychat-browser-").FullName;

    public TestApp()
    {
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:CommunityChat", $"Data Source={Path.Combine(_directory, "communitychat.db")}");
        builder.UseSetting("CommunityChat:SeedDemoData", "false");
        builder.UseSetting("CommunityChat:Posting:Burst", "1000");
        builder.UseSetting("CommunityChat:RateLimits:WritesPerMinute", "10000");
        builder.UseSetting("CommunityChat:RateLimits:AccountsPerMinute", "10000");
        // Small pages, so every room the browser opens with more than two posts exercises the client's paging.
        builder.UseSetting("CommunityChat:Live:JoinPageSize", "2");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
