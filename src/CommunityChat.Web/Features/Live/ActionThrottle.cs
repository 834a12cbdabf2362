using System.Threading.RateLimiting;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// Per-account token buckets for what a person does many times in a room: posting and liking. They sit on the one
/// service path each action has, so the hub and the API are limited alike.
/// </summary>
public sealed class ActionThrottle : IDisposable
{
    public const string Post = "post";
    public const string Like = "like";

    private readonly PartitionedRateLimiter<(string Action, int UserId)> _limiter;

    public ActionThrottle(IConfiguration configuration)
    {
        var posts = Options(configuration, "CommunityChat:Posting", burst: 10, perSecond: 1);
        var likes = Options(configuration, "CommunityChat:Liking", burst: 30, perSecond: 5);
        _limiter = PartitionedRateLimiter.Create<(string Action, int UserId), (string, int)>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, k => k.Item1 == Like ? likes : posts));
    }

    public bool TryTake(string action, int userId)
    {
        using var lease = _limiter.AttemptAcquire((action, userId));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private static TokenBucketRateLimiterOptions Options(IConfiguration configuration, string section, int burst, double perSecond) => new()
    {
        TokenLimit = configuration.GetValue($"{section}:Burst", burst),
        TokensPerPeriod = Math.Max(1, (int)Math.Round(configuration.GetValue($"{section}:PerSecond", perSecond))),
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
