namespace CommunityChat.Web.Tests.Moderation;

/// <summary>SPEC rule 8 as participants meet it: bans, slow mode, lock, and the audit log that records each action.</summary>
public sealed class ModerationRuleTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Banned_participant_is_refused_with_a_banned_message_until_the_ban_is_lifted()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "Spamming links" }),
            HttpStatusCode.NoContent);

        Assert.Equal("You're banned from this community.", await participant.RefusalAsync("Send", cast.ChatId, "Let me in", null, null));
        var overApi = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Let me in" });
        Assert.Equal("You're banned from this community.", await Http.ProblemDetailAsync(overApi, HttpStatusCode.Forbidden));

        await Http.ExpectAsync(await cast.Moderator.Http.DeleteAsync($"api/communities/{Cast.Community}/bans/pat"), HttpStatusCode.NoContent);
        Assert.Equal("Back again", (await participant.SendAsync(cast.ChatId, "Back again")).Text);
    }

    /// <summary>Issue 9, item 6: a banned account could still like posts, over the API and the hub.</summary>
    [Fact]
    public async Task A_banned_participant_cannot_like_and_the_count_does_not_move()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Like me if you can");
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "Spamming links" }),
            HttpStatusCode.NoContent);

        var overApi = await cast.Participant.Http.PostAsync($"api/posts/{post.Id}/likes", null);
        var overHub = await participant.RefusalAsync("Like", post.Id);

        Assert.Equal("You're banned from this community.", await Http.ProblemDetailAsync(overApi, HttpStatusCode.Forbidden));
        Assert.Equal("You're banned from this community.", overHub);
        Assert.Equal(0, (await cast.PostsAsync(cast.Moderator.Http)).Single(p => p.Id == post.Id).Likes);
    }

    [Fact]
    public async Task Timed_ban_from_the_hub_names_its_end_and_moderators_cannot_be_banned()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var participant = await _app.ConnectAsync(cast.Participant);

        await moderator.InvokeAsync("Ban", Cast.Community, "pat", 60);
        var refusal = await participant.RefusalAsync("Send", cast.ChatId, "Let me in", null, null);
        var banModerator = await moderator.RefusalAsync("Ban", Cast.Community, "admin", null);

        Assert.StartsWith("You're banned from this community until ", refusal, StringComparison.Ordinal);
        Assert.Equal("Moderators can't be banned; remove them as moderators first.", banModerator);
    }

    [Fact]
    public async Task Slow_mode_refuses_a_second_quick_post_with_the_seconds_to_wait_but_not_a_guest()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await using var guest = await _app.ConnectAsync(cast.Guest);
        await participant.JoinAsync(cast.ChatId);

        await moderator.InvokeAsync("SetSlowMode", cast.ChatId, 30);
        Assert.Equal(30, (await participant.WaitForAsync("ChatChanged", e => e.Chat.SlowModeSeconds == 30)).Chat.SlowModeSeconds);
        await participant.SendAsync(cast.ChatId, "First thought");
        var refusal = await participant.RefusalAsync("Send", cast.ChatId, "Second thought", null, null);
        await guest.SendAsync(cast.ChatId, "Guest one");
        await guest.SendAsync(cast.ChatId, "Guest two");

        Assert.Matches(@"^Slow mode is on: wait (29|30) seconds before your next post\.$", refusal);
        Assert.DoesNotContain("Second thought", (await cast.PostsAsync(_app.Anonymous())).Select(p => p.Text));
    }

    [Fact]
    public async Task Locked_chat_refuses_participants_and_lets_guests_and_moderators_post()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await using var guest = await _app.ConnectAsync(cast.Guest);
        await participant.JoinAsync(cast.ChatId);

        await moderator.InvokeAsync("SetLock", cast.ChatId, true);
        Assert.True((await participant.WaitForAsync("ChatChanged", e => e.Chat.Locked)).Chat.Locked);

        Assert.Equal(
            "The chat is locked: only guests and moderators can post right now.",
            await participant.RefusalAsync("Send", cast.ChatId, "Can I?", null, null));
        Assert.Equal("guest", (await guest.SendAsync(cast.ChatId, "Guests may")).Author.Role);
        Assert.Equal("host", (await moderator.SendAsync(cast.ChatId, "So may the host")).Author.Role);
        await moderator.InvokeAsync("SetLock", cast.ChatId, false);
        Assert.Equal("participant", (await participant.SendAsync(cast.ChatId, "Open again")).Author.Role);
    }

    [Fact]
    public async Task Audit_log_records_every_moderator_action_with_who_did_it()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await cast.AskAsync(1);
        var post = await cast.PostAsync(cast.Participant, "A1 something");
        await moderator.InvokeAsync("Hide", post.Id, "Off topic");
        await moderator.InvokeAsync("Unhide", post.Id);
        await moderator.InvokeAsync("Highlight", post.Id, true);
        await moderator.InvokeAsync("SetSlowMode", cast.ChatId, 10);
        await moderator.InvokeAsync("SetLock", cast.ChatId, true);
        await moderator.InvokeAsync("Ban", Cast.Community, "pat", null);
        await Http.ExpectAsync(await cast.Moderator.Http.DeleteAsync($"api/communities/{Cast.Community}/bans/pat"), HttpStatusCode.NoContent);
        await moderator.InvokeAsync("End", cast.ChatId);

        var audit = await cast.AuditAsync();

        Assert.Equal(
            [
                "moderator.named", "chat.planned", "chat.started", "question.asked", "post.hidden", "post.unhidden", "post.highlighted",
                "chat.slowmode", "chat.locked", "user.banned", "user.unbanned", "chat.ended",
            ],
            audit.AsEnumerable().Reverse().Select(a => a.Action));
        Assert.All(audit.Where(a => a.Action != "moderator.named"), a => Assert.Equal("mod", a.Actor));
        Assert.Equal("Off topic", Assert.Single(audit, a => a.Action == "post.hidden").Detail);
        Assert.Equal("@pat", Assert.Single(audit, a => a.Action == "user.banned").Target);
        Assert.Equal("Q1", Assert.Single(audit, a => a.Action == "question.asked").Target);
    }

    [Fact]
    public async Task Unhidden_post_returns_to_readers()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Participant, "Borderline remark");
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/hide", new { reason = "check" }), HttpStatusCode.OK);
        await reader.WaitForAsync("PostRemoved", e => e.RemovedPostId == post.Id);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{post.Id}/unhide", null), HttpStatusCode.OK);

        Assert.False((await reader.WaitForPostAsync("PostAdded", p => p.Id == post.Id)).Hidden);
        Assert.Contains(post.Id, (await cast.PostsAsync(_app.Anonymous())).Select(p => p.Id));
    }
}
