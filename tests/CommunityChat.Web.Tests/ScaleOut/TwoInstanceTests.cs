namespace CommunityChat.Web.Tests.ScaleOut;

/// <summary>
/// Two app instances on one PostgreSQL database and one Redis backplane, as the app scales past one machine:
/// a room is one room whichever instance a person is connected to, and the sequence stays gapless across both.
/// </summary>
public sealed class TwoInstanceTests(PostgresServer postgres, RedisServer redis)
    : IClassFixture<PostgresServer>, IClassFixture<RedisServer>, IAsyncLifetime
{
    private TestApp _first = null!;
    private TestApp _second = null!;

    public async ValueTask InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["CommunityChat:Database:Provider"] = "Postgres",
            ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
        };
        _first = TestApp.Start(settings);
        _second = TestApp.Start(settings);
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_reader_on_one_instance_sees_what_happens_on_the_other()
    {
        var cast = await Cast.CreateAsync(_first, start: true);
        await using var reader = await _second.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);
        await using var writer = await _first.ConnectAsync(cast.Participant);
        await writer.JoinAsync(cast.ChatId);

        var question = await cast.AskAsync(1);
        var answer = await writer.SendAsync(cast.ChatId, "A1 Served by the first instance");

        Assert.Equal(Cast.Q1, (await reader.WaitForPostAsync("PostAdded", p => p.Id == question.Id)).Text);
        Assert.Equal("A1", (await reader.WaitForPostAsync("PostAdded", p => p.Id == answer.Id)).Label);

        await using var moderatorOnSecond = await _second.ConnectAsync(cast.Moderator);
        await moderatorOnSecond.JoinAsync(cast.ChatId);
        await moderatorOnSecond.InvokeAsync("Hide", answer.Id, "off topic");
        var removed = await writer.WaitForAsync("PostRemoved", e => e.RemovedPostId == answer.Id);
        Assert.Equal(answer.Id, removed.RemovedPostId);
    }

    [Fact]
    public async Task Posters_on_both_instances_share_one_gapless_sequence()
    {
        const int PostersPerInstance = 4;
        const int PostsEach = 8;
        var cast = await Cast.CreateAsync(_first, start: true);
        var people = await Task.WhenAll(Enumerable.Range(1, PostersPerInstance * 2).Select(i => _first.SignUpAsync($"both{i}")));
        await Task.WhenAll(people.Select(cast.AgreeAsync));
        var rooms = await Task.WhenAll(people.Select((p, i) => (i % 2 == 0 ? _first : _second).ConnectAsync(p)));
        await using var reader = await _second.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        var sent = await Task.WhenAll(rooms.SelectMany(room =>
            Enumerable.Range(1, PostsEach).Select(n => room.SendAsync(cast.ChatId, $"post {n}"))));

        var total = PostersPerInstance * 2 * PostsEach;
        var stored = await cast.PostsAsync(_second.Anonymous());
        Assert.Equal(Enumerable.Range(1, total).Select(n => (long?)n), stored.Select(p => p.Sequence));
        Assert.Equal(stored.Select(p => p.Id).Order(), sent.Select(p => p.Id).Order());
        // Posts from two instances may arrive in any order: wait for all of them, then check each came exactly once.
        var added = await reader.WaitForCountAsync("PostAdded", total);
        Assert.Equal(Enumerable.Range(1, total).Select(n => (long?)n), added.Select(e => e.Post.Sequence).Order());
        // A marker sent after everything: once it is in, a late duplicate would be in too.
        var marker = await rooms[0].SendAsync(cast.ChatId, "marker");
        await reader.WaitForPostAsync("PostAdded", p => p.Id == marker.Id);
        Assert.Equal(total + 1, reader.Events.Count(e => e.Name == "PostAdded"));
        foreach (var room in rooms)
        {
            await room.DisposeAsync();
        }
    }

    /// <summary>
    /// Issue 9, item 1 across instances: the removal is made on the first instance; the second closes its own
    /// connection at its next check (every 5 seconds), and a reconnect there joins as a participant.
    /// </summary>
    [Fact]
    public async Task A_moderator_removed_on_one_instance_loses_the_moderators_group_on_the_other()
    {
        const string Secret = "Which secret armadillo habit should hosts copy";
        var cast = await Cast.CreateAsync(_first, start: true);
        await using var onSecond = await _second.ConnectAsync(cast.Moderator);
        Assert.True((await onSecond.JoinAsync(cast.ChatId)).Moderator);

        await Http.ExpectAsync(await cast.Admin.Http.DeleteAsync($"api/communities/{Cast.Community}/moderators/{cast.Moderator.Handle}"), HttpStatusCode.NoContent);
        await onSecond.Closed.WaitAsync(RoomClient.Timeout);
        await Http.ExpectAsync(await cast.Admin.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}", new
        {
            questions = new[] { new { number = 1, text = Cast.Q1 }, new { number = 2, text = Secret } },
        }), HttpStatusCode.OK);

        Assert.DoesNotContain(Secret, onSecond.EverythingReceived, StringComparison.Ordinal);
        await using var again = await _second.ConnectAsync(cast.Moderator);
        Assert.False((await again.JoinAsync(cast.ChatId)).Moderator);
    }
}
