using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.LoadTests;

/// <summary>Anonymous readers in the room; each records when every post reached it.</summary>
internal sealed class ReaderPool(string url, int chatId, int count) : IAsyncDisposable
{
    private readonly List<HubConnection> _connections = [];
    private readonly ConcurrentDictionary<(int Reader, long Sequence), long> _arrivals = new();
    private readonly ConcurrentDictionary<long, long> _firstSeen = new();
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _expected = int.MaxValue;
    private int _changes;
    private int _lastLikes;

    public async Task StartAsync()
    {
        for (var i = 0; i < count; i++)
        {
            var reader = i;
            var connection = new HubConnectionBuilder().WithUrl(url + "hubs/chat").Build();
            connection.On<PostEvent>("PostAdded", post =>
            {
                var now = Stopwatch.GetTimestamp();
                _arrivals.TryAdd((reader, post.Sequence), now);
                _firstSeen.TryAdd(post.Sequence, now);
                if (_arrivals.Count >= Volatile.Read(ref _expected))
                {
                    _allArrived.TrySetResult();
                }
            });
            connection.On<ChangedEvent>("PostChanged", post =>
            {
                Interlocked.Increment(ref _changes);
                InterlockedMax(ref _lastLikes, post.Likes);
            });
            await connection.StartAsync();
            var joined = await connection.InvokeAsync<JoinEvent>("Join", chatId, 0L);
            foreach (var post in joined.Posts)
            {
                _arrivals.TryAdd((reader, post.Sequence), Stopwatch.GetTimestamp());
            }

            _connections.Add(connection);
        }
    }

    /// <summary>Waits until every reader has every post up to <paramref name="posts"/>, or the timeout passes.</summary>
    public async Task WaitForAsync(int posts, TimeSpan timeout)
    {
        Volatile.Write(ref _expected, posts * count);
        if (AllReceived(posts))
        {
            return;
        }

        try
        {
            await _allArrived.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            // Reported by AllReceived: the run fails with the figures it has.
        }
    }

    /// <summary>How many PostChanged events the readers got, all together.</summary>
    public int Changes => Volatile.Read(ref _changes);

    /// <summary>The highest like count any reader was told.</summary>
    public int LastLikes => Volatile.Read(ref _lastLikes);

    public bool AllReceived(int posts) => _arrivals.Count >= posts * count;

    /// <summary>For each delivery, how long after the first reader got the post this reader got it.</summary>
    public IEnumerable<double> DelaysMs() =>
        _arrivals.Where(a => _firstSeen.ContainsKey(a.Key.Sequence))
            .Select(a => Stopwatch.GetElapsedTime(_firstSeen[a.Key.Sequence], a.Value).TotalMilliseconds);

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    private sealed record PostEvent(long Sequence);

    private sealed record ChangedEvent(long Id, int Likes);

    private sealed record JoinEvent(List<PostEvent> Posts);
}
