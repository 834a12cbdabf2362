using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>Issue 9, operations: `/healthz/live` says the process answers, `/healthz/ready` that its database does.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task A_working_app_is_live_and_ready_without_cookies()
    {
        await using var app = TestApp.Start(environment: "Production");
        var http = app.Anonymous();

        var live = await http.GetAsync("healthz/live");
        var ready = await http.GetAsync("healthz/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        var report = await Http.ReadAsync<HealthView>(ready, HttpStatusCode.OK);
        Assert.Equal("Healthy", report.Status);
        Assert.Equal("Healthy", report.Checks["database"]);
        Assert.False(ready.Headers.Contains("Set-Cookie"));
        Assert.False(live.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Ready_is_503_when_the_database_is_gone_while_live_stays_200()
    {
        await using var app = TestApp.Start(environment: "Production");
        var http = app.Anonymous();
        await Http.ExpectAsync(await http.GetAsync("healthz/ready"), HttpStatusCode.OK);

        var file = new SqliteConnectionStringBuilder(app.Services.GetRequiredService<IConfiguration>().GetConnectionString("CommunityChat")).DataSource;
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);

        var report = await Http.ReadAsync<HealthView>(await http.GetAsync("healthz/ready"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", report.Status);
        Assert.Equal("Unhealthy", report.Checks["database"]);
        Assert.False(File.Exists(file), "The check must not create an empty database in place of the lost one.");
        await Http.ExpectAsync(await http.GetAsync("healthz/live"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_checks_are_not_rate_limited_when_the_address_is()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:RateLimits:SearchesPerMinute"] = "2" });
        var http = app.Anonymous();
        for (var i = 0; i < 2; i++)
        {
            await Http.ExpectAsync(await http.GetAsync("api/search?q=anything"), HttpStatusCode.OK);
        }

        await Http.ExpectAsync(await http.GetAsync("api/search?q=anything"), HttpStatusCode.TooManyRequests);
        for (var i = 0; i < 30; i++)
        {
            await Http.ExpectAsync(await http.GetAsync("healthz/ready"), HttpStatusCode.OK);
        }
    }
}

public sealed record HealthView(string Status, Dictionary<string, string> Checks);
