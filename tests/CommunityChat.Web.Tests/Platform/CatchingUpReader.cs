using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// A reader that keeps a live room the way the browser's <c>wwwroot/js/connection.js</c> does (SPEC rule 7), over a
/// <see cref="DroppableLink"/> a test can cut: it reconnects by itself, joins again after the last sequence it is sure
/// of (<see cref="Position"/>), pages while the server says there is more, and keeps one copy of each post by id, in
/// sequence order, as the feed does. <see cref="CutAt"/> cuts its own line when its feed reaches given sizes.
/// </summary>
public sealed class CatchingUpReader : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, PostView> _feed = [];
    private readonly List<string> _faults = [];
    private readonly HubConnection _connection;
    private readonly int _chatId;
    private readonly Queue<int> _cutAt;
    private readonly SortedSet<long> _ahead = [];
    private long _position;
    private (HashSet<long> Ids, TaskCompletionSource Done)? _awaited;

    private CatchingUpReader(HubConnection connection, DroppableLink link, int chatId, IEnumerable<int> cutAt)
    {
        _connection = connection;
        Link = link;
        _chatId = chatId;
        _cutAt = new Queue<int>(cutAt.Order());
        connection.On<JsonElement>("PostAdded", post => Seen([post.Deserialize<PostView>(Http.Json)!], complete: false));
        connection.Reconnected += _ => RejoinAsync();
    }

    public DroppableLink Link { get; }

    public int Joins { get; private set; }

    /// <summary>The sizes of the feed at which this reader's line is cut (each once).</summary>
    public IReadOnlyCollection<int> CutAt => _cutAt;

    /// <summary>The feed: every post once, in sequence order.</summary>
    public IReadOnlyList<PostView> Feed
    {
        get
        {
            lock (_lock)
            {
                return [.. _feed.Values.OrderBy(p => p.Sequence)];
            }
        }
    }

    /// <summary>What went wrong besides the line: a refused Join, one post id with two sequences.</summary>
    public IReadOnlyList<string> Faults
    {
        get
        {
            lock (_lock)
            {
                return [.. _faults];
            }
        }
    }

    public static async Task<CatchingUpReader> OpenAsync(Uri app, int chatId, IEnumerable<int> cutAt)
    {
        var link = new DroppableLink(app);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(link.Address, "hubs/chat"), HttpTransportType.WebSockets)
            .WithAutomaticReconnect(new RetryForever())
            .Build();
        var reader = new CatchingUpReader(connection, link, chatId, cutAt);
        await connection.StartAsync();
        await reader.JoinAsync();
        return reader;
    }

    /// <summary>Completes when the feed holds every one of <paramref name="ids"/>, or after the timeout (the caller compares).</summary>
    public async Task HasAllAsync(IEnumerable<long> ids)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _awaited = (ids.ToHashSet(), done);
            CheckAwaited();
        }

        try
        {
            await done.Task.WaitAsync(RoomClient.Timeout);
        }
        catch (TimeoutException)
        {
            // The comparison that follows says what is missing.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        await Link.DisposeAsync();
    }

    private async Task RejoinAsync()
    {
        try
        {
            await JoinAsync();
        }
        catch (HubException refused)
        {
            lock (_lock)
            {
                _faults.Add("Join refused: " + refused.Message);
            }
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // Cut again while joining: the client reconnects and this runs once more.
        }
    }

    /// <summary>As connection.js's join: after the position, then after each page's last post while there is more.</summary>
    private async Task JoinAsync()
    {
        var after = Position();
        JoinView page;
        do
        {
            page = (await _connection.InvokeAsync<JsonElement>("Join", _chatId, after)).Deserialize<JoinView>(Http.Json)!;
            Seen(page.Posts, complete: true);
            after = page.Posts.Count > 0 ? page.Posts[^1].Sequence!.Value : after;
        }
        while (page.More);

        lock (_lock)
        {
            Joins++;
        }
    }

    private long Position()
    {
        lock (_lock)
        {
            return _position;
        }
    }

    /// <param name="complete">A Join page: it holds every post the reader may see up to its last one. Live posts can
    /// arrive out of sequence order (several senders' posts committed together are broadcast by each sender), so they
    /// move the position only over an unbroken run, as connection.js does.</param>
    private void Seen(IReadOnlyList<PostView> posts, bool complete)
    {
        lock (_lock)
        {
            foreach (var post in posts)
            {
                if (_feed.TryGetValue(post.Id, out var known) && known.Sequence != post.Sequence)
                {
                    _faults.Add($"post {post.Id} came as {known.Sequence} and as {post.Sequence}");
                }

                _feed[post.Id] = post;
                _ahead.Add(post.Sequence!.Value);
            }

            if (complete && posts.Count > 0)
            {
                _position = Math.Max(_position, posts[^1].Sequence!.Value);
            }

            _ahead.RemoveWhere(sequence => sequence <= _position);
            while (_ahead.Remove(_position + 1))
            {
                _position++;
            }

            CheckAwaited();
            if (_cutAt.Count > 0 && _feed.Count >= _cutAt.Peek())
            {
                _cutAt.Dequeue();
                Link.Cut();
            }
        }
    }

    private void CheckAwaited()
    {
        if (_awaited is { } awaited && awaited.Ids.All(_feed.ContainsKey))
        {
            awaited.Done.TrySetResult();
        }
    }

    /// <summary>As the browser's client: never gives up (connection.js starts again after its back-off ends).</summary>
    private sealed class RetryForever : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => TimeSpan.FromMilliseconds(Math.Min(200, 20 * (retryContext.PreviousRetryCount + 1)));
    }
}
