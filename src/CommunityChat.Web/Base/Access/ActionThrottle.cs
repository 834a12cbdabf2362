using System.Threading.RateLimiting;

namespace CommunityChat.Web.Base.Access;

/// <summary>
/// Per-account token buckets for what a person does many times and that leaves no post behind: liking, editing their
/// own posts (each edit keeps a revision), reporting posts and suggesting audience questions. It sits on the one service path each has, so the hub and
/// the API are limited alike. (Posting is limited by the Live feature's FloodLimits, from the posts themselves.) It
/// lives in Base because more than one feature throttles through it.
/// </summary>
public sealed class ActionThrottle : IDisposable
{
    public const string Like = "like";

    public const string Edit = "edit";

    public const string Report = "report";

    public const string Suggest = "suggest";

    private readonly PartitionedRateLimiter<(string Action, int UserId)> _limiter;

    public ActionThrottle(IConfiguration configuration)
    {
        var likes = Options(configuration, "CommunityChat:Liking", burst: 30, perSecond: 5);
        var edits = Options(configuration, "CommunityChat:Editing", burst: 10, perSecond: 1);
        var reports = Options(configuration, "CommunityChat:Reporting", burst: 10, perSecond: 1);
        var suggestions = Options(configuration, "CommunityChat:Suggesting", burst: 5, perSecond: 1);
        _limiter = PartitionedRateLimiter.Create<(string Action, int UserId), (string, int)>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, k => k.Item1 switch
            {
                Edit => edits,
                Report => reports,
                Suggest => suggestions,
                _ => likes,
            }));
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
