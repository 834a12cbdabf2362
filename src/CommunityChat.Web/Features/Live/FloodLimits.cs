namespace CommunityChat.Web.Features.Live;

/// <summary>
/// How much a participant may post without slow mode (SPEC rule 29): at most <see cref="Posts"/> accepted posts in any
/// <see cref="Window"/> (by default 5 in 10 seconds, so a sixth is refused) and never the same text twice within
/// <see cref="Repeat"/> (2 minutes). The window comes from the long-standing keys <c>CommunityChat:Posting:Burst</c>
/// (posts) and <c>CommunityChat:Posting:PerSecond</c> (Burst / PerSecond seconds), so what lifted the old per-account
/// bucket lifts this too; <c>CommunityChat:Posting:RepeatSeconds</c> sets the repeat window (0: off).
/// </summary>
public sealed class FloodLimits(IConfiguration configuration)
{
    public int Posts { get; } = Math.Max(1, configuration.GetValue("CommunityChat:Posting:Burst", 5));

    public TimeSpan Window { get; } = TimeSpan.FromSeconds(
        Math.Max(1, configuration.GetValue("CommunityChat:Posting:Burst", 5)) / Math.Max(0.001, configuration.GetValue("CommunityChat:Posting:PerSecond", 0.5)));

    public TimeSpan Repeat { get; } = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("CommunityChat:Posting:RepeatSeconds", 120)));
}
