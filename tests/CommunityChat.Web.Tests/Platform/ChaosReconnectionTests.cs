using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// Issue 9, "Reconnection under chaos" (SPEC rules 6 and 7): during a burst of posts, connections are cut at random
/// points (a seeded <see cref="Random"/>, so a failure reproduces its cut points) by resetting their TCP sockets, and
/// the clients reconnect and catch up as the browser does. Readers must end with exactly the server's posts: no gap, no
/// duplicate, order kept; posters must find every post they were told was stored, once.
/// </summary>
public sealed class ChaosReconnectionTests
{
    private const int Seed = 20261202;

    [Fact]
    public async Task Readers_cut_at_random_during_a_burst_end_with_exactly_the_servers_posts_in_order()
    {
        const int Posters = 4;
        const int PostsEach = 30;
        const int Total = Posters * PostsEach;
        const int CutsEach = 8;
        var random = new Random(Seed);
        // Small pages, so a reader that missed many posts catches up over several Joins.
        await using var app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:Live:JoinPageSize"] = "7" });
        var cast = await Cast.CreateAsync(app, start: true);
        var people = await Task.WhenAll(Enumerable.Range(1, Posters).Select(i => app.SignUpAsync($"poster{i}")));
        await Task.WhenAll(people.Select(cast.AgreeAsync));
        var rooms = await Task.WhenAll(people.Select(p => app.ConnectAsync(p)));
        var readers = new List<CatchingUpReader>();
        for (var i = 0; i < 5; i++)
        {
            readers.Add(await CatchingUpReader.OpenAsync(app.BaseAddress, cast.ChatId, Enumerable.Range(0, CutsEach).Select(_ => random.Next(1, Total))));
        }

        await Task.WhenAll(people.Zip(rooms).Select(async pair =>
        {
            for (var n = 1; n <= PostsEach; n++)
            {
                await pair.Second.SendAsync(cast.ChatId, $"{pair.First.Handle} says {n}");
            }
        }));

        var server = await cast.PostsAsync(app.Anonymous());
        Assert.Equal(Enumerable.Range(1, Total).Select(n => (long?)n), server.Select(p => p.Sequence));
        foreach (var reader in readers)
        {
            await reader.HasAllAsync(server.Select(p => p.Id));
            Assert.Empty(reader.Faults);
            Assert.Equal(server.Select(p => (p.Sequence, p.Id)), reader.Feed.Select(p => (p.Sequence, p.Id)));
            Assert.Equal(CutsEach, reader.Link.Cuts);
            await reader.DisposeAsync();
        }

        foreach (var room in rooms)
        {
            await room.DisposeAsync();
        }
    }

    [Fact]
    public async Task Posters_cut_mid_burst_find_every_acknowledged_post_stored_exactly_once()
    {
        const int Posters = 4;
        const int PostsEach = 25;
        const int Total = Posters * PostsEach;
        const int Cuts = 12;
        var random = new Random(Seed + 1);
        await using var app = TestApp.Start();
        var cast = await Cast.CreateAsync(app, start: true);
        var people = await Task.WhenAll(Enumerable.Range(1, Posters).Select(i => app.SignUpAsync($"poster{i}")));
        await Task.WhenAll(people.Select(cast.AgreeAsync));
        var posters = await Task.WhenAll(people.Select(p => CutPoster.OpenAsync(app.BaseAddress, p, cast.ChatId)));
        // Poster p's line is cut when the room's acknowledgements reach a number: the others keep posting meanwhile,
        // so p is cut at a random point of its own Send (before the server read it, while it waited for the writer,
        // after the commit and before the answer came back).
        var schedule = new Queue<(int At, int Poster)>(Enumerable.Range(0, Cuts)
            .Select(_ => (random.Next(1, Total), random.Next(Posters))).OrderBy(c => c.Item1));
        var acknowledged = 0;
        var scheduleLock = new Lock();
        void OnAcknowledged()
        {
            lock (scheduleLock)
            {
                acknowledged++;
                while (schedule.Count > 0 && schedule.Peek().At <= acknowledged)
                {
                    posters[schedule.Dequeue().Poster].Link.Cut();
                }
            }
        }

        await Task.WhenAll(posters.Select(p => p.PostAllAsync(PostsEach, OnAcknowledged)));

        var server = await cast.PostsAsync(app.Anonymous());
        Assert.Equal(Enumerable.Range(1, Total).Select(n => (long?)n), server.Select(p => p.Sequence));
        var attempted = posters.SelectMany(p => p.Attempted).ToList();
        Assert.Equal(attempted.Order(), server.Select(p => p.Text).Order());
        var stored = server.ToDictionary(p => p.Id);
        var acks = posters.SelectMany(p => p.Acknowledged).ToList();
        Assert.All(acks, ack => Assert.Equal((ack.Sequence, ack.Text), (stored[ack.Id].Sequence, stored[ack.Id].Text)));
        Assert.Equal(Cuts, posters.Sum(p => p.Link.Cuts));
        // Some sends were cut after their commit: the answer was lost, and sending again was refused as a repeat.
        Assert.Equal(Total, acks.Count + posters.Sum(p => p.Repeats));
        foreach (var poster in posters)
        {
            await poster.DisposeAsync();
        }
    }

    /// <summary>
    /// A participant's composer over a line the test cuts: on a lost connection it waits for the client to reconnect and
    /// sends the same text again (the composer keeps unsent text); "You just posted that." means the first one was stored.
    /// </summary>
    private sealed class CutPoster : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly Person _person;
        private readonly int _chatId;

        private CutPoster(HubConnection connection, DroppableLink link, Person person, int chatId)
        {
            _connection = connection;
            Link = link;
            _person = person;
            _chatId = chatId;
        }

        public DroppableLink Link { get; }

        public List<string> Attempted { get; } = [];

        public List<PostView> Acknowledged { get; } = [];

        public int Repeats { get; private set; }

        public static async Task<CutPoster> OpenAsync(Uri app, Person person, int chatId)
        {
            var link = new DroppableLink(app);
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(link.Address, "hubs/chat"), HttpTransportType.WebSockets, options => options.AccessTokenProvider = () => Task.FromResult<string?>(person.Token))
                .WithAutomaticReconnect([TimeSpan.Zero, .. Enumerable.Repeat(TimeSpan.FromMilliseconds(50), 100)])
                .Build();
            await connection.StartAsync();
            return new CutPoster(connection, link, person, chatId);
        }

        public async Task PostAllAsync(int count, Action acknowledged)
        {
            for (var n = 1; n <= count; n++)
            {
                var text = $"{_person.Handle} says {n}";
                Attempted.Add(text);
                while (!await SendAsync(text, acknowledged))
                {
                    await ConnectedAsync();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _connection.DisposeAsync();
            await Link.DisposeAsync();
        }

        /// <summary>True when the server answered (stored, or refused as a repeat of a stored one); false when the line was lost.</summary>
        private async Task<bool> SendAsync(string text, Action acknowledged)
        {
            try
            {
                var post = await _connection.InvokeAsync<JsonElement>("Send", _chatId, text, null, null);
                Acknowledged.Add(post.Deserialize<PostView>(Http.Json)!);
                acknowledged();
                return true;
            }
            catch (HubException refused) when (RoomClient.UserMessage(refused) == "You just posted that.")
            {
                Repeats++;
                return true;
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
            {
                return false;
            }
        }

        private async Task ConnectedAsync()
        {
            var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task Done(string? id)
            {
                reconnected.TrySetResult();
                return Task.CompletedTask;
            }

            _connection.Reconnected += Done;
            try
            {
                // Not yet Reconnecting when the failed call returned, or reconnected already: either way, try again.
                if (_connection.State != HubConnectionState.Reconnecting)
                {
                    return;
                }

                await reconnected.Task.WaitAsync(RoomClient.Timeout);
            }
            finally
            {
                _connection.Reconnected -= Done;
            }
        }
    }
}
