using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Redis answers a PING. The SignalR backplane keeps its connection to itself, so this check holds one more (opened on
/// the first check, kept for the next ones, never failing the start when Redis is down).
/// </summary>
public sealed class RedisHealthCheck(IConfiguration configuration) : IHealthCheck, IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public static string? ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { } redis && !string.IsNullOrWhiteSpace(redis) ? redis : null;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var connection = await ConnectAsync(cancellationToken);
        await connection.GetDatabase().PingAsync().WaitAsync(Timeout, cancellationToken);
        return HealthCheckResult.Healthy();
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } connected)
        {
            return connected;
        }

        await _connecting.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null)
            {
                var options = ConfigurationOptions.Parse(ConnectionString(configuration)!);
                options.AbortOnConnectFail = false;
                options.ConnectTimeout = (int)Timeout.TotalMilliseconds;
                options.AsyncTimeout = (int)Timeout.TotalMilliseconds;
                _connection = await ConnectionMultiplexer.ConnectAsync(options);
            }

            return _connection;
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connecting.Dispose();
    }
}
