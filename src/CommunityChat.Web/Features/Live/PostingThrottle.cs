using System.Threading.RateLimiting;

namespace CommunityChat.Web.Features.Live;

/// <summary>A per-account token bucket behind every post, whether it comes from the hub or the API.</summary>
public sealed class PostingThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<int> _limiter;

    public PostingThrottle(IConfiguration configuration)
    {
        var burst = configuration.GetValue("CommunityChat:Posting:Burst", 10);
        var perSecond = configuration.GetValue("CommunityChat:Posting:PerSecond", 1.0);
        _limiter = PartitionedRateLimiter.Create<int, int>(userId => RateLimitPartition.GetTokenBucketLimiter(userId, _ =>
            new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = Math.Max(1, (int)Math.Round(perSecond)),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public bool TryTake(int userId)
    {
        using var lease = _limiter.AttemptAcquire(userId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
