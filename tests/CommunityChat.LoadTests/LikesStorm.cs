using System.Diagnostics;
using System.Globalization;

namespace CommunityChat.LoadTests;

/// <summary>
/// The likes storm (issue 8): one answer, every participant liking it at a random moment within S seconds, readers
/// watching. Likes are coalesced (SPEC section 4: at most two updates a second per post), so each reader should get
/// about 2 × S PostChanged, not one per like, and the last one must carry the final count.
/// </summary>
internal static class LikesStorm
{
    public static async Task<int> RunAsync(Participant[] participants, ReaderPool readers, LoadOptions options)
    {
        var postId = await participants[0].PostIdAsync("Like this one");
        var clock = Stopwatch.StartNew();
        var acks = (await Task.WhenAll(participants.Select(p => p.LikeAfterAsync(postId, TimeSpan.FromSeconds(Random.Shared.NextDouble() * options.Likes))))).Order().ToArray();
        var elapsed = clock.Elapsed;
        using var settle = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (readers.LastLikes < participants.Length && !settle.IsCancellationRequested)
        {
            // The coalesced count arrives at most half a second after the last like.
            await Task.Delay(50, CancellationToken.None);
        }

        var perReader = (double)readers.Changes / options.Readers;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"likes acknowledged: {acks.Length} in {elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"like ack latency ms: p50 {acks[acks.Length / 2]:0.0}  p99 {acks[Math.Min(acks.Length - 1, (int)Math.Ceiling(0.99 * acks.Length) - 1)]:0.0}  max {acks[^1]:0.0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostChanged per reader: {perReader:0.0} for {acks.Length} likes (coalesced: at most {2 * options.Likes + 2}); final count seen {readers.LastLikes}"));
        return readers.LastLikes == participants.Length && perReader <= 2 * options.Likes + 2 ? 0 : 1;
    }
}
