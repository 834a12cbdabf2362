namespace CommunityChat.Web.Tests.Platform;

/// <summary>On PostgreSQL an instance is ready only while the database server answers (issue 9, operations).</summary>
public sealed class PostgresHealthTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Ready_is_503_once_postgresql_stops_while_live_stays_200()
    {
        await using var app = TestApp.Start(
            new Dictionary<string, string?>
            {
                ["CommunityChat:Database:Provider"] = "Postgres",
                ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
            },
            environment: "Production");
        var http = app.Anonymous();
        Assert.Equal("Healthy", (await Http.ReadAsync<HealthView>(await http.GetAsync("healthz/ready"), HttpStatusCode.OK)).Checks["database"]);

        await postgres.StopAsync();

        var down = await Http.ReadAsync<HealthView>(await http.GetAsync("healthz/ready"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", down.Checks["database"]);
        await Http.ExpectAsync(await http.GetAsync("healthz/live"), HttpStatusCode.OK);
    }
}
