using System.Collections.Concurrent;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Base.Posts;

namespace CommunityChat.Web.Features.Live;

/// <summary>
/// Likes reach the room coalesced (SPEC section 4: PostChanged for likes at most twice a second per post): a like marks
/// its post, and twice a second (on the app's <see cref="TimeProvider"/>) each marked post is read once and sent once.
/// A thousand people liking one answer within five seconds cost ten broadcasts, not a thousand. The liker has the new
/// count at once in the answer to their own call.
/// </summary>
public sealed class LikeBroadcaster(IServiceScopeFactory scopes, TimeProvider clock, ILogger<LikeBroadcaster> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(500);

    private readonly ConcurrentDictionary<long, byte> _liked = new();

    public void Liked(long postId) => _liked.TryAdd(postId, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (_liked.IsEmpty)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var posts = scope.ServiceProvider.GetRequiredService<PostReader>();
                var events = scope.ServiceProvider.GetRequiredService<ChatEvents>();
                foreach (var postId in _liked.Keys)
                {
                    _liked.TryRemove(postId, out _);
                    if (await posts.FindAsync(postId, Viewer.Server) is { } post)
                    {
                        await events.PostChanged(post);
                    }
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not send like counts.");
            }
        }
    }
}
