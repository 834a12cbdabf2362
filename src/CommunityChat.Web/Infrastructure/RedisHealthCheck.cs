using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CommunityChat.Web.Infrastructure;

/// <summary>Redis answers a PING, on the app's own connection (<see cref="RedisConnection"/>), within two seconds.</summary>
public sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var database = await redis.DatabaseAsync(cancellationToken);
        await database.PingAsync().WaitAsync(Timeout, cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
