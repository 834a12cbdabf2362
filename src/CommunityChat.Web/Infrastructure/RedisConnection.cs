using StackExchange.Redis;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// The app's own connection to Redis, when <c>ConnectionStrings:Redis</c> is set: for the readiness check and the
/// "N people here" count shared by the instances. The SignalR backplane keeps its connection to itself. Opened on first
/// use and kept; it never fails the start when Redis is down, and every command gives up after two seconds.
/// </summary>
public sealed class RedisConnection(IConfiguration configuration) : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public static string? ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString("Redis") is { } redis && !string.IsNullOrWhiteSpace(redis) ? redis : null;

    public async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken = default)
    {
        if (_connection is { } connected)
        {
            return connected.GetDatabase();
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

            return _connection.GetDatabase();
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
