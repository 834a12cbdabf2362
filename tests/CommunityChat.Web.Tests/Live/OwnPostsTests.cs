using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// SPEC rule 28: an author edits their post for 15 minutes and deletes it at any time; the author of a hidden post keeps
/// seeing it, marked with the reason. The 15 minutes are counted on the app's fake clock.
/// </summary>
public sealed class OwnPostsTests : IAsyncLifetime
{
    private const string TooLate = "You can edit a post for 15 minutes after posting it.";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public OwnPostsTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Author_edits_within_15_minutes_over_the_api_and_the_hub_and_the_room_sees_it_edited()
    {
        var cast = await StartAsync();
        var post = await cast.PostAsync(cast.Participant, "A1 First thought");
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);
        await using var author = await _app.ConnectAsync(cast.Participant);
        await author.JoinAsync(cast.ChatId);

        _clock.Advance(TimeSpan.FromMinutes(14));
        var edited = await Http.ReadAsync<PostView>(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "Better thought #listening" }), HttpStatusCode.OK);

        Assert.Equal(("answer", "A1", 1, "Better thought #listening"), (edited.Kind, edited.Label, edited.QuestionNumber, edited.Text));
        Assert.Contains("/tags/listening", edited.Html, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, edited.EditedAt);
        Assert.Equal(post.CreatedAt, edited.CreatedAt);
        var heard = await reader.WaitForPostAsync("PostChanged", p => p.Id == post.Id && p.Text == "Better thought #listening");
        Assert.NotNull(heard.EditedAt);

        _clock.Advance(TimeSpan.FromSeconds(59));
        var overHub = (await author.InvokeAsync("Edit", post.Id, "Third thought")).Deserialize<PostView>(Http.Json)!;
        Assert.Equal(("A1", "Third thought"), (overHub.Label, overHub.Text));
        await reader.WaitForPostAsync("PostChanged", p => p.Id == post.Id && p.Text == "Third thought");

        // The same text again is no edit at all: nothing changes, no revision is kept.
        var again = await Http.ReadAsync<PostView>(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "Third thought" }), HttpStatusCode.OK);
        Assert.Equal(overHub.EditedAt, again.EditedAt);

        // Moderators can see what it said before, newest first; nobody else can.
        var revisions = await Http.ReadAsync<List<RevisionView>>(await cast.Moderator.Http.GetAsync($"api/posts/{post.Id}/revisions"), HttpStatusCode.OK);
        Assert.Equal(["Better thought #listening", "First thought"], revisions.Select(r => r.Text));
        Assert.All(revisions, r => Assert.Equal("pat", r.EditedBy));
        await Http.ExpectAsync(await cast.Participant.Http.GetAsync($"api/posts/{post.Id}/revisions"), HttpStatusCode.Forbidden);
        await Http.ExpectAsync(await _app.Anonymous().GetAsync($"api/posts/{post.Id}/revisions"), HttpStatusCode.Unauthorized);
        Assert.Equal("Third thought", Assert.Single(await cast.PostsAsync(_app.Anonymous()), p => p.Id == post.Id).Text);
    }

    [Fact]
    public async Task An_edit_15_minutes_and_1_second_after_posting_is_refused_and_the_text_stays()
    {
        var cast = await StartAsync();
        var post = await cast.PostAsync(cast.Participant, "Posted in haste");
        await using var author = await _app.ConnectAsync(cast.Participant);

        _clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        var response = await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "Second thoughts" });
        Assert.Equal(TooLate, await Http.ProblemDetailAsync(response, HttpStatusCode.Conflict));
        Assert.Equal(TooLate, await author.RefusalAsync("Edit", post.Id, "Second thoughts"));
        var stored = Assert.Single(await cast.PostsAsync(_app.Anonymous()), p => p.Id == post.Id);
        Assert.Equal(("Posted in haste", (DateTime?)null), (stored.Text, stored.EditedAt));
        // Deleting has no time limit.
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/posts/{post.Id}"), HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Only_the_author_edits_or_deletes_and_an_edit_passes_the_rules_of_send()
    {
        var cast = await StartAsync();
        var question = await cast.AskAsync(2);
        var post = await cast.PostAsync(cast.Participant, "Mine to change");

        var byGuest = await cast.Guest.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "Hijacked" });
        Assert.Equal("Only its author can edit or delete a post.", await Http.ProblemDetailAsync(byGuest, HttpStatusCode.Forbidden));
        await Http.ProblemDetailAsync(await cast.Moderator.Http.DeleteAsync($"api/posts/{post.Id}"), HttpStatusCode.Forbidden);
        await Http.ProblemDetailAsync(await _app.Anonymous().DeleteAsync($"api/posts/{post.Id}"), HttpStatusCode.Unauthorized);
        await Http.ProblemDetailAsync(await cast.Participant.Http.PutAsJsonAsync("api/posts/987654", new { text = "x" }), HttpStatusCode.NotFound);
        // Questions are corrected in the plan (rule 27), not through this.
        await Http.ProblemDetailAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/posts/{question.Id}", new { text = "Q" }), HttpStatusCode.Conflict);
        await Http.ProblemDetailAsync(await cast.Moderator.Http.DeleteAsync($"api/posts/{question.Id}"), HttpStatusCode.Conflict);

        Assert.Equal("Write something before sending.", await Http.ProblemDetailAsync(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "  " }), HttpStatusCode.BadRequest));
        Assert.Equal("Your text is 281 characters; the limit is 280. Shorten it by 1.", await Http.ProblemDetailAsync(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = new string('x', 281) }), HttpStatusCode.BadRequest));
        await Http.ProblemDetailAsync(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "bell\u0007" }), HttpStatusCode.BadRequest);
        var html = await Http.ReadAsync<PostView>(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "<script>x</script> [a](javascript:alert(1))" }), HttpStatusCode.OK);
        Assert.DoesNotContain("<script", html.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html.Html, StringComparison.OrdinalIgnoreCase);

        // An ended chat is read-only: no more edits, but deleting still works.
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        Assert.Equal("This chat has ended; its transcript is read-only.", await Http.ProblemDetailAsync(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "Late fix" }), HttpStatusCode.Conflict));
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/posts/{post.Id}"), HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_deleted_post_is_gone_for_everyone_and_can_no_longer_be_liked_replied_to_or_unhidden()
    {
        var cast = await StartAsync();
        var gone = await cast.PostAsync(cast.Participant, "A1 Something I regret quokka");
        _clock.Advance(TimeSpan.FromSeconds(3));
        var reply = await cast.PostAsync(cast.Guest, "Replying to that", replyToId: gone.Id);
        await using var reader = await _app.ConnectAsync();
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var author = await _app.ConnectAsync(cast.Participant);
        foreach (var client in new[] { reader, moderator, author })
        {
            await client.JoinAsync(cast.ChatId);
        }

        await author.InvokeAsync("Delete", gone.Id);

        foreach (var client in new[] { reader, moderator })
        {
            await client.WaitForAsync("PostRemoved", e => e.RemovedPostId == gone.Id);
        }

        foreach (var person in new[] { _app.Anonymous(), cast.Participant.Http, cast.Moderator.Http })
        {
            Assert.DoesNotContain(gone.Id, (await cast.PostsAsync(person)).Select(p => p.Id));
        }

        foreach (var person in new[] { cast.Participant, cast.Moderator })
        {
            await using var fresh = await _app.ConnectAsync(person);
            Assert.DoesNotContain(gone.Id, (await fresh.JoinAsync(cast.ChatId)).Posts.Select(p => p.Id));
            // A client that had it and comes back is told to drop it.
            Assert.Contains(gone.Id, (await fresh.JoinAsync(cast.ChatId, reply.Sequence!.Value)).Hidden);
        }

        await Http.ProblemDetailAsync(await cast.Guest.Http.PostAsync($"api/posts/{gone.Id}/likes", null), HttpStatusCode.NotFound);
        Assert.Equal("The post you're replying to is gone.", await Http.ProblemDetailAsync(
            await cast.Guest.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Another reply", replyToId = gone.Id }), HttpStatusCode.BadRequest));
        await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsync($"api/posts/{gone.Id}/unhide", null), HttpStatusCode.NotFound);
        await Http.ProblemDetailAsync(await cast.Participant.Http.DeleteAsync($"api/posts/{gone.Id}"), HttpStatusCode.NotFound);
        // Its letter is free again: the author can answer A1 anew.
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("A1", (await cast.PostAsync(cast.Participant, "A1 What I meant")).Label);

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        var transcript = await Http.ReadAsync<TranscriptDocumentView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript"), HttpStatusCode.OK);
        // The reply stays, on its own in the conversation, as a reply to a hidden post does.
        Assert.Contains(transcript.Transcript.Conversation, n => n.Post.Id == reply.Id);
        foreach (var format in new[] { "md", "json", "csv", "txt" })
        {
            var export = await _app.Anonymous().GetStringAsync($"api/chats/{cast.ChatId}/transcript.{format}");
            Assert.DoesNotContain("quokka", export, StringComparison.Ordinal);
            Assert.Contains(reply.Text, export, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("quokka", await _app.Anonymous().GetStringAsync(cast.Chat.Url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_author_of_a_hidden_post_keeps_it_marked_with_the_reason_and_unhiding_restores_it_for_everyone()
    {
        var cast = await StartAsync();
        var post = await cast.PostAsync(cast.Participant, "A1 Borderline take");
        await using var author = await _app.ConnectAsync(cast.Participant);
        await using var other = await _app.ConnectAsync(cast.Guest);
        await author.JoinAsync(cast.ChatId);
        await other.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/hide", new { reason = "Off topic" }), HttpStatusCode.OK);

        var told = await author.WaitForPostAsync("PostChanged", p => p.Id == post.Id && p.Hidden);
        Assert.Equal("Off topic", told.HiddenReason);
        await other.WaitForAsync("PostRemoved", e => e.RemovedPostId == post.Id);
        var mine = Assert.Single(await cast.PostsAsync(cast.Participant.Http), p => p.Id == post.Id);
        Assert.Equal((true, "Off topic"), (mine.Hidden, mine.HiddenReason));
        Assert.DoesNotContain(post.Id, (await cast.PostsAsync(cast.Guest.Http)).Select(p => p.Id));
        await using (var authorAgain = await _app.ConnectAsync(cast.Participant))
        {
            var join = await authorAgain.JoinAsync(cast.ChatId);
            Assert.Equal("Off topic", Assert.Single(join.Posts, p => p.Id == post.Id).HiddenReason);
            Assert.DoesNotContain(post.Id, (await authorAgain.JoinAsync(cast.ChatId, post.Sequence!.Value)).Hidden);
        }

        await using (var otherAgain = await _app.ConnectAsync(cast.Guest))
        {
            Assert.DoesNotContain(post.Id, (await otherAgain.JoinAsync(cast.ChatId)).Posts.Select(p => p.Id));
            Assert.Contains(post.Id, (await otherAgain.JoinAsync(cast.ChatId, post.Sequence!.Value)).Hidden);
        }

        Assert.Equal(
            "A moderator hid this post, so it can't be edited. You can still delete it.",
            await author.RefusalAsync("Edit", post.Id, "A cleaner take"));

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{post.Id}/unhide", null), HttpStatusCode.OK);

        var back = await author.WaitForPostAsync("PostChanged", p => p.Id == post.Id && !p.Hidden);
        Assert.Null(back.HiddenReason);
        await other.WaitForPostAsync("PostAdded", p => p.Id == post.Id);
        Assert.False(Assert.Single(await cast.PostsAsync(cast.Guest.Http), p => p.Id == post.Id).Hidden);
        Assert.False(Assert.Single(await cast.PostsAsync(cast.Participant.Http), p => p.Id == post.Id).Hidden);
    }

    [Fact]
    public async Task A_ban_that_removes_posts_tells_their_author_with_the_reason_banned()
    {
        var cast = await StartAsync();
        var post = await cast.PostAsync(cast.Participant, "Buy followers at example.org");
        await using var author = await _app.ConnectAsync(cast.Participant);
        await author.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "spam", removePosts = true }),
            HttpStatusCode.NoContent);

        Assert.Equal("banned", (await author.WaitForPostAsync("PostChanged", p => p.Id == post.Id && p.Hidden)).HiddenReason);
        Assert.Equal("banned", Assert.Single(await cast.PostsAsync(cast.Participant.Http), p => p.Id == post.Id).HiddenReason);
    }

    private async Task<Cast> StartAsync()
    {
        var cast = await Cast.CreateAsync(_app, start: true, scheduledStart: _clock.GetUtcNow());
        await cast.AskAsync(1);
        return cast;
    }

    private sealed record RevisionView(string Text, DateTime ReplacedAt, string EditedBy);
}
