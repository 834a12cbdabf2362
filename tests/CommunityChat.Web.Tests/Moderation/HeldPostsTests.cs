namespace CommunityChat.Web.Tests.Moderation;

/// <summary>
/// SPEC rule 20: a chat that approves before publish, and blocked words, hold participants' posts. A held post is
/// committed with no sequence, seen only by its author and the moderators, published by approval with the next
/// sequence, or rejected with a reason its author is told; it never reaches the room, the API's posts or the transcript.
/// </summary>
public sealed class HeldPostsTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Under_approve_before_publish_a_participants_post_waits_and_approval_publishes_it_with_the_next_sequence()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await SetPremoderationAsync(cast, on: true);
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await moderator.JoinAsync(cast.ChatId);
        await using var author = await _app.ConnectAsync(cast.Participant);
        await author.JoinAsync(cast.ChatId);

        var held = await cast.PostAsync(cast.Participant, "A1 Leaders answer first capybara");
        Assert.Equal((true, (long?)null, "A1", (string?)null), (held.Held, held.Sequence, held.Label, held.HeldFor));
        Assert.Equal(held.Id, (await moderator.WaitForPostAsync("PostHeld", p => p.Id == held.Id)).Id);
        await author.WaitForPostAsync("PostHeld", p => p.Id == held.Id && p.Held);

        // The guest and moderators are never held; their posts go on while the participant's waits.
        var guest = await cast.PostAsync(cast.Guest, "A1 Guests are never held");
        Assert.False(guest.Held);
        await reader.WaitForPostAsync("PostAdded", p => p.Id == guest.Id);
        Assert.DoesNotContain(await cast.PostsAsync(_app.Anonymous()), p => p.Id == held.Id);
        Assert.DoesNotContain(await cast.PostsAsync(cast.Participant.Http), p => p.Id == held.Id);
        Assert.DoesNotContain("capybara", reader.EverythingReceived, StringComparison.Ordinal);

        var queue = await Http.ReadAsync<List<PostView>>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}/held"), HttpStatusCode.OK);
        Assert.Equal([held.Id], queue.Select(p => p.Id));
        Assert.Equal([held.Id], (await moderator.JoinAsync(cast.ChatId)).Held!.Select(p => p.Id));
        Assert.Equal([held.Id], (await author.JoinAsync(cast.ChatId)).Held!.Select(p => p.Id));
        Assert.Empty((await reader.JoinAsync(cast.ChatId)).Held!);

        var approved = await Http.ReadAsync<PostView>(await cast.Moderator.Http.PostAsync($"api/posts/{held.Id}/approve", null), HttpStatusCode.OK);
        Assert.Equal((false, guest.Sequence + 1, "A1"), (approved.Held, approved.Sequence, approved.Label));
        Assert.Equal(approved.Sequence, (await reader.WaitForPostAsync("PostAdded", p => p.Id == held.Id)).Sequence);
        await author.WaitForPostAsync("PostHeld", p => p.Id == held.Id && !p.Held && p.Sequence == approved.Sequence);
        Assert.Contains(await cast.PostsAsync(_app.Anonymous()), p => p.Id == held.Id);
        Assert.Empty(await Http.ReadAsync<List<PostView>>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}/held"), HttpStatusCode.OK));
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "post.approved" && a.Actor == "mod");

        // Approved once: a second approval (a co-moderator's) or a rejection is told it is done.
        Assert.Equal("This post isn't waiting for a moderator any more: someone approved or rejected it.",
            await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsync($"api/posts/{held.Id}/approve", null), HttpStatusCode.Conflict));
        await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{held.Id}/reject", new { reason = "late" }), HttpStatusCode.Conflict);

        // Off again: posts go straight to the room.
        await SetPremoderationAsync(cast, on: false);
        Assert.False((await cast.PostAsync(cast.Participant, "Straight in")).Held);
    }

    [Fact]
    public async Task A_rejected_post_is_its_authors_alone_with_the_reason_and_stays_out_of_the_transcript()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await SetPremoderationAsync(cast, on: true);
        await using var author = await _app.ConnectAsync(cast.Participant);
        await author.JoinAsync(cast.ChatId);
        var held = await cast.PostAsync(cast.Participant, "Off topic aardvark");

        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        var rejected = (await moderator.InvokeAsync("Reject", held.Id, "Off topic today")).Deserialize<PostView>(Http.Json)!;
        Assert.Equal((false, true, "Off topic today", (long?)null), (rejected.Held, rejected.Rejected, rejected.RejectedReason, rejected.Sequence));
        var told = await author.WaitForPostAsync("PostHeld", p => p.Id == held.Id && p.Rejected);
        Assert.Equal("Off topic today", told.RejectedReason);
        Assert.Equal([held.Id], (await author.JoinAsync(cast.ChatId)).Held!.Select(p => p.Id));
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "post.rejected" && a.Detail == "Off topic today");

        // A rejected post can be neither edited nor approved, and is in nothing public.
        Assert.Equal("A moderator didn't publish this post, so it can't be edited. You can still delete it.", await Http.ProblemDetailAsync(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{held.Id}", new { text = "Back on topic" }), HttpStatusCode.Conflict));
        await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsync($"api/posts/{held.Id}/approve", null), HttpStatusCode.Conflict);
        await Http.ProblemDetailAsync(await cast.Participant.Http.PostAsync($"api/posts/{held.Id}/likes", null), HttpStatusCode.NotFound);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        foreach (var format in new[] { "transcript", "transcript.md", "transcript.json", "transcript.csv", "transcript.txt" })
        {
            var body = await (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/{format}")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("aardvark", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Blocked_words_hold_a_participants_post_matched_without_case_or_accents_on_word_boundaries()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/settings", new { blockedWords = new[] { "arnaque", "骗局", "cheap pills" } }),
            HttpStatusCode.OK);

        var french = await cast.PostAsync(cast.Participant, "C'est une ARNAQUÉ");
        Assert.Equal((true, "arnaque"), (french.Held, french.HeldFor));
        Assert.True((await cast.PostAsync(cast.Participant, "这是一个骗局吗")).Held);
        Assert.True((await cast.PostAsync(cast.Participant, "Buy Cheap   Pills")).Held);
        Assert.False((await cast.PostAsync(cast.Participant, "Arnaques are a different word")).Held);
        // Guests and moderators are never held, blocked word or not.
        Assert.False((await cast.PostAsync(cast.Guest, "Watch out for an arnaque")).Held);
        Assert.False((await cast.PostAsync(cast.Moderator, "That was an arnaque")).Held);

        // A published post cannot take a blocked word in by an edit.
        var clean = await cast.PostAsync(cast.Participant, "All fine here");
        Assert.Equal("Your edit has a word or phrase this community doesn't allow. Change it and save again.", await Http.ProblemDetailAsync(
            await cast.Participant.Http.PutAsJsonAsync($"api/posts/{clean.Id}", new { text = "All fine here, arnaque" }), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Only_moderators_of_the_community_read_the_queue_or_approve_and_reject()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await SetPremoderationAsync(cast, on: true);
        var held = await cast.PostAsync(cast.Participant, "Please approve me");

        await Http.ProblemDetailAsync(await cast.Participant.Http.GetAsync($"api/chats/{cast.ChatId}/held"), HttpStatusCode.Forbidden);
        await Http.ProblemDetailAsync(await cast.Guest.Http.PostAsync($"api/posts/{held.Id}/approve", null), HttpStatusCode.Forbidden);
        await Http.ProblemDetailAsync(await cast.Participant.Http.PostAsJsonAsync($"api/posts/{held.Id}/reject", new { reason = "x" }), HttpStatusCode.Forbidden);
        await Http.ExpectAsync(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/held"), HttpStatusCode.Unauthorized);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        Assert.Equal("Only a moderator of this community can do that.", await participant.RefusalAsync("Approve", held.Id));
        await Http.ProblemDetailAsync(await cast.Participant.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { premoderation = false }), HttpStatusCode.Forbidden);

        // Nothing moved: still held, still out of the room.
        Assert.DoesNotContain(await cast.PostsAsync(_app.Anonymous()), p => p.Id == held.Id);
        Assert.Single(await Http.ReadAsync<List<PostView>>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}/held"), HttpStatusCode.OK));
    }

    [Fact]
    public async Task Two_moderators_approving_at_once_publish_the_post_once_with_one_sequence()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await SetPremoderationAsync(cast, on: true);
        var held = await cast.PostAsync(cast.Participant, "Approve me twice");

        var responses = await Task.WhenAll(
            cast.Moderator.Http.PostAsync($"api/posts/{held.Id}/approve", null),
            cast.Admin.Http.PostAsync($"api/posts/{held.Id}/approve", null),
            cast.Moderator.Http.PostAsJsonAsync($"api/posts/{held.Id}/reject", new { reason = "no" }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(2, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var posts = await cast.PostsAsync(cast.Moderator.Http);
        Assert.Equal(Enumerable.Range(1, posts.Count).Select(n => (long?)n), posts.Select(p => p.Sequence));
    }

    private static async Task SetPremoderationAsync(Cast cast, bool on)
    {
        var chat = await Http.ReadAsync<JsonElement>(
            await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { premoderation = on }), HttpStatusCode.OK);
        Assert.Equal(on, chat.GetProperty("premoderation").GetBoolean());
    }
}
