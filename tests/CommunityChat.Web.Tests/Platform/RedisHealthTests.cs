namespace CommunityChat.Web.Tests.Platform;

/// <summary>With the Redis backplane configured, an instance is ready only while Redis answers (issue 9, operations).</summary>
public sealed class RedisHealthTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Ready_checks_redis_and_is_503_once_redis_stops()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString }, environment: "Production");
        var http = app.Anonymous();

        var up = await Http.ReadAsync<HealthView>(await http.GetAsync("healthz/ready"), HttpStatusCode.OK);
        Assert.Equal("Healthy", up.Checks["redis"]);

        await redis.StopAsync();

        var down = await Http.ReadAsync<HealthView>(await http.GetAsync("healthz/ready"), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", down.Checks["redis"]);
        Assert.Equal("Healthy", down.Checks["database"]);
    }
}
