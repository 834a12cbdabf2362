using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using CommunityChat.Web.Resources;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Limits on the hub (issue 9, item 4), in the same configuration section as the HTTP limits
/// (<c>CommunityChat:RateLimits</c>): connections per client address (<c>HubConnectionsPerAddress</c>, 200: a
/// classroom behind one address still fits), calls per connection (<c>HubCallsPerSecond</c>, 20 a second, twice that in
/// a burst) and calls per address (<c>HubCallsPerSecondPerAddress</c>, 200 a second). One client with no account
/// opening hundreds of connections and calling Join in a loop used to slow everyone's posts tenfold; now the
/// connections past the limit are closed as they open and the calls past it are refused with a sentence, before any
/// database work. Counts are per instance.
/// </summary>
public sealed class HubLimits : IHubFilter, IDisposable
{
    private const string Counted = "cc.counted-address";
    private const string Refused = "cc.refused-connection";

    private readonly int _connectionsPerAddress;
    private readonly PartitionedRateLimiter<string> _perConnection;
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly ConcurrentDictionary<string, int> _connections = new();
    private readonly IStringLocalizer<SharedResource> _t;
    private readonly ILogger<HubLimits> _logger;

    public HubLimits(IConfiguration configuration, IStringLocalizer<SharedResource> t, ILogger<HubLimits> logger)
    {
        _t = t;
        _logger = logger;
        _connectionsPerAddress = configuration.GetValue("CommunityChat:RateLimits:HubConnectionsPerAddress", 200);
        var perConnection = configuration.GetValue("CommunityChat:RateLimits:HubCallsPerSecond", 20);
        var perAddress = configuration.GetValue("CommunityChat:RateLimits:HubCallsPerSecondPerAddress", 200);
        _perConnection = PartitionedRateLimiter.Create<string, string>(id => RateLimitPartition.GetTokenBucketLimiter(id, _ => Bucket(perConnection)));
        _perAddress = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address, _ => Bucket(perAddress)));
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var address = Address(context.Context);
        if (_connections.AddOrUpdate(address, 1, (_, count) => count + 1) > _connectionsPerAddress)
        {
            _connections.AddOrUpdate(address, 0, (_, count) => count - 1);
            _logger.LogWarning("Closed a hub connection: {Address} has {Limit} open already", address, _connectionsPerAddress);

            // Abort closes the line a moment later: a call that arrives before then is refused too (seen in CI: a Join
            // sent at once was answered).
            context.Context.Items[Refused] = true;
            context.Context.Abort();
            return;
        }

        context.Context.Items[Counted] = address;
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.TryGetValue(Counted, out var counted) && counted is string address
            && _connections.AddOrUpdate(address, 0, (_, count) => count - 1) <= 0)
        {
            _connections.TryRemove(new KeyValuePair<string, int>(address, 0));
        }

        await next(context, exception);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.Items.ContainsKey(Refused))
        {
            throw Refusal.TooManyRequests(_t["You're going very fast. Wait a few seconds and try again."]);
        }

        using var connection = _perConnection.AttemptAcquire(invocationContext.Context.ConnectionId);
        using var address = connection.IsAcquired ? _perAddress.AttemptAcquire(Address(invocationContext.Context)) : null;
        if (!connection.IsAcquired || address is not { IsAcquired: true })
        {
            throw Refusal.TooManyRequests(_t["You're going very fast. Wait a few seconds and try again."]);
        }

        return await next(invocationContext);
    }

    public void Dispose()
    {
        _perConnection.Dispose();
        _perAddress.Dispose();
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond) => new()
    {
        TokenLimit = perSecond * 2,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string Address(HubCallerContext context) =>
        context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "";
}
