using System.Globalization;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// SPEC rules 6 and 7: every chat's posts are numbered 1, 2, 3… without gaps, and catch-up is exact, on every
/// database provider: <see cref="SqliteSequenceTests"/> and <see cref="PostgresSequenceTests"/> run these same tests.
/// </summary>
public abstract class SequenceTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await StartAppAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<TestApp> StartAppAsync();

    [Fact]
    public async Task Concurrent_posters_over_hub_and_api_get_sequences_one_to_n_without_gaps_or_duplicates()
    {
        const int Posters = 8;
        const int PostsEach = 10;
        var cast = await Cast.CreateAsync(_app, start: true);
        var people = await Task.WhenAll(Enumerable.Range(1, Posters).Select(i => _app.SignUpAsync($"poster{i}")));
        await Task.WhenAll(people.Select(cast.AgreeAsync));
        var rooms = await Task.WhenAll(people.Select(p => _app.ConnectAsync(p)));
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        var sends = people.Zip(rooms).SelectMany(pair => Enumerable.Range(1, PostsEach).Select(n => n % 2 == 0
            ? pair.Second.SendAsync(cast.ChatId, $"{pair.First.Handle} hub {n}")
            : cast.PostAsync(pair.First, $"{pair.First.Handle} api {n}")));
        var acknowledged = await Task.WhenAll(sends);

        const int Total = Posters * PostsEach;
        var stored = await cast.PostsAsync(_app.Anonymous());
        Assert.Equal(Enumerable.Range(1, Total).Select(n => (long?)n), stored.Select(p => p.Sequence));
        Assert.Equal(Enumerable.Range(1, Total).Select(n => (long?)n), acknowledged.Select(p => p.Sequence).Order());
        Assert.Equal(Total, stored.Select(p => p.Id).Distinct().Count());
        Assert.Equal(acknowledged.Select(p => p.Text).Order(), stored.Select(p => p.Text).Order());
        await reader.WaitForPostAsync("PostAdded", p => p.Sequence == Total);
        await Task.WhenAll(Enumerable.Range(1, Total).Select(n => reader.WaitForPostAsync("PostAdded", p => p.Sequence == n)));
        Assert.Equal(Total, reader.Events.Count(e => e.Name == "PostAdded"));
        foreach (var room in rooms)
        {
            await room.DisposeAsync();
        }
    }

    [Fact]
    public async Task Joining_after_a_sequence_returns_exactly_the_later_posts()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        for (var n = 1; n <= 5; n++)
        {
            await cast.PostAsync(cast.Participant, $"post {n}");
        }

        await using var reader = await _app.ConnectAsync();
        var join = await reader.JoinAsync(cast.ChatId, afterSequence: 2);

        Assert.Equal([3L, 4L, 5L], join.Posts.Select(p => p.Sequence));
        Assert.Equal(["post 3", "post 4", "post 5"], join.Posts.Select(p => p.Text));
        Assert.Equal("live", join.Chat.Status);
        Assert.False(join.Moderator);
    }

    [Fact]
    public async Task Reconnecting_client_that_joins_with_its_last_sequence_gets_exactly_what_it_missed()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.PostAsync(cast.Participant, "before 1");
        await cast.PostAsync(cast.Participant, "before 2");
        var seen = new List<long>();

        var first = await _app.ConnectAsync();
        seen.AddRange((await first.JoinAsync(cast.ChatId)).Posts.Select(p => p.Sequence!.Value));
        var live = await cast.PostAsync(cast.Guest, "while connected");
        seen.Add((await first.WaitForPostAsync("PostAdded", p => p.Id == live.Id)).Sequence!.Value);
        await first.DisposeAsync();

        for (var n = 1; n <= 4; n++)
        {
            await cast.PostAsync(cast.Participant, $"missed {n}");
        }

        await using var second = await _app.ConnectAsync();
        var catchUp = await second.JoinAsync(cast.ChatId, afterSequence: seen.Max());
        seen.AddRange(catchUp.Posts.Select(p => p.Sequence!.Value));
        var marker = await cast.PostAsync(cast.Guest, "after reconnect");
        await second.WaitForPostAsync("PostAdded", p => p.Id == marker.Id);
        seen.AddRange(second.Events.Where(e => e.Name == "PostAdded").Select(e => e.Post.Sequence!.Value));

        Assert.Equal(["missed 1", "missed 2", "missed 3", "missed 4"], catchUp.Posts.Select(p => p.Text));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => (long)n), seen);
    }

    [Fact]
    public async Task Reconnecting_reader_is_told_which_posts_it_already_had_were_hidden_meanwhile()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var kept = await cast.PostAsync(cast.Participant, "kept");
        var doomed = await cast.PostAsync(cast.Participant, "hidden while you were away");

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{doomed.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);
        await using var reader = await _app.ConnectAsync();
        var catchUp = await reader.JoinAsync(cast.ChatId, afterSequence: doomed.Sequence!.Value);

        Assert.Equal([doomed.Id], catchUp.Hidden);
        Assert.DoesNotContain(kept.Id, catchUp.Hidden);
        Assert.Empty(catchUp.Posts);
    }

    [Fact]
    public async Task A_long_chat_arrives_in_pages_that_join_up_exactly()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:Live:JoinPageSize"] = "3" });
        var cast = await Cast.CreateAsync(app, start: true);
        for (var n = 1; n <= 7; n++)
        {
            await cast.PostAsync(cast.Participant, $"post {n}");
        }

        await using var reader = await app.ConnectAsync();
        var pages = new List<JoinView> { await reader.JoinAsync(cast.ChatId) };
        while (pages[^1].More)
        {
            pages.Add(await reader.JoinAsync(cast.ChatId, afterSequence: pages[^1].Posts[^1].Sequence!.Value));
        }

        Assert.Equal([3, 3, 1], pages.Select(p => p.Posts.Count));
        Assert.Equal(Enumerable.Range(1, 7).Select(n => (long?)n), pages.SelectMany(p => p.Posts).Select(p => p.Sequence));
    }

    [Fact]
    public async Task Api_reads_page_through_posts_in_sequence_order()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        for (var n = 1; n <= 5; n++)
        {
            await cast.PostAsync(cast.Participant, $"post {n}");
        }

        var page = await Http.ReadAsync<List<PostView>>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/posts?after=1&limit=2"), HttpStatusCode.OK);

        Assert.Equal([2L, 3L], page.Select(p => p.Sequence));
    }

    [Fact]
    public async Task A_refused_post_fails_alone_and_the_rest_of_its_group_commit_in_order_in_the_senders_language()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var writer = _app.Services.GetRequiredService<PostWriter>();
        var authorId = await UserIdAsync(cast.Participant.Handle);
        var gate = new TaskCompletionSource();
        var first = writer.WriteAsync(cast.ChatId, authorId, async _ => { await gate.Task; return Draft(authorId, "first"); });
        string? builtIn = null;
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr");
        var refused = writer.WriteAsync(cast.ChatId, authorId, _ =>
        {
            builtIn = CultureInfo.CurrentUICulture.Name;
            throw Refusal.BadRequest("refused alone");
        });
        CultureInfo.CurrentUICulture = before;
        var second = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(Draft(authorId, "second")));
        var held = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(Draft(authorId, "held", held: true)));
        var third = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(Draft(authorId, "third")));

        gate.SetResult();
        var written = await Task.WhenAll(first, second, third);
        var refusal = await Assert.ThrowsAsync<Refusal>(() => refused);

        Assert.Equal("refused alone", refusal.Message);
        Assert.Equal("fr", builtIn);
        Assert.Equal([1L, 2L, 3L], written.Select(p => p.Sequence!.Value));
        Assert.Null((await held).Sequence);
        var stored = await cast.PostsAsync(_app.Anonymous());
        Assert.Equal(["first", "second", "third"], stored.Select(p => p.Text));
        Assert.Equal([1L, 2L, 3L], stored.Select(p => p.Sequence!.Value));
    }

    [Fact]
    public async Task A_post_the_database_refuses_fails_alone_and_the_rest_of_its_group_is_numbered_without_a_gap()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var writer = _app.Services.GetRequiredService<PostWriter>();
        var authorId = await UserIdAsync(cast.Participant.Handle);
        var gate = new TaskCompletionSource();

        // The first holds the writer: the rest are saved together, in its group or the next.
        var first = writer.WriteAsync(cast.ChatId, authorId, async _ => { await gate.Task; return Draft(authorId, "first"); });
        var second = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(Draft(authorId, "second #tagged")));

        // A reply to a post that does not exist: the foreign key refuses it when the group is saved, not when it is built.
        var broken = Draft(authorId, "a reply to nothing");
        broken.ReplyToId = long.MaxValue;
        var refused = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(broken));
        var third = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(Draft(authorId, "third #tagged")));

        gate.SetResult();
        var written = await Task.WhenAll(first, second, third);

        await Assert.ThrowsAsync<DbUpdateException>(() => refused);
        Assert.Equal([1L, 2L, 3L], written.Select(p => p.Sequence!.Value));
        var stored = await cast.PostsAsync(_app.Anonymous());
        Assert.Equal(["first", "second #tagged", "third #tagged"], stored.Select(p => p.Text));
        Assert.Equal([1L, 2L, 3L], stored.Select(p => p.Sequence!.Value));
        await using var scope = _app.Services.CreateAsyncScope();
        var tags = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PostTags.Where(t => t.Tag == "tagged").CountAsync();
        Assert.Equal(2, tags);

        // The chat's counter went on from the last number given: the next post is 4.
        var next = await cast.PostAsync(cast.Participant, "fourth");
        Assert.Equal(4L, next.Sequence);
    }

    [Fact]
    public async Task A_post_whose_builder_fails_unexpectedly_fails_alone_and_the_rest_of_its_group_commit()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var writer = _app.Services.GetRequiredService<PostWriter>();
        var authorId = await UserIdAsync(cast.Participant.Handle);
        var gate = new TaskCompletionSource();

        // The first holds the writer, so the rest are built in one group after it.
        var first = writer.WriteAsync(cast.ChatId, authorId, async _ => { await gate.Task; return Draft(authorId, "first"); });
        var second = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(Draft(authorId, "second")));
        var broken = writer.WriteAsync(cast.ChatId, authorId, _ => throw new InvalidOperationException("a bug in one post's checks"));
        var third = writer.WriteAsync(cast.ChatId, authorId, _ => Task.FromResult(Draft(authorId, "third")));

        gate.SetResult();
        var written = await Task.WhenAll(first, second, third);

        await Assert.ThrowsAsync<InvalidOperationException>(() => broken);
        Assert.Equal([1L, 2L, 3L], written.Select(p => p.Sequence!.Value));
        var stored = await cast.PostsAsync(_app.Anonymous());
        Assert.Equal(["first", "second", "third"], stored.Select(p => p.Text));
    }

    [Fact]
    public async Task Two_answers_by_one_person_written_in_one_group_get_different_letters()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        var writer = _app.Services.GetRequiredService<PostWriter>();
        var gate = new TaskCompletionSource();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var guestId = await UserIdAsync(cast.Guest.Handle);
        var holding = writer.WriteAsync(cast.ChatId, guestId, async _ => { held.SetResult(); await gate.Task; return Draft(guestId, "holding the writer"); });

        // The writer starts on the thread pool: under load the answers could otherwise be queued before it took this
        // post, and all three would be one group with nothing waiting behind it (CI run of 2026-12-03).
        await held.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var answers = new[] { cast.PostAsync(cast.Participant, "A1 one way"), cast.PostAsync(cast.Participant, "A1 another way") };
        await WaitUntilAsync(() => writer.Waiting(cast.ChatId) == 2);
        gate.SetResult();
        await holding;

        Assert.Equal(["A1", "A1b"], (await Task.WhenAll(answers)).Select(p => p.Label).Order());
    }

    private static Post Draft(int authorId, string text, bool held = false) => new()
    {
        Held = held,
        AuthorId = authorId,
        AuthorRole = AuthorRole.Participant,
        Text = text,
        Html = $"<p>{text}</p>",
        CreatedAt = DateTime.UtcNow,
        Kind = PostKind.Comment,
    };

    private async Task<int> UserIdAsync(string handle)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.UserName == handle).Select(u => u.Id).SingleAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
