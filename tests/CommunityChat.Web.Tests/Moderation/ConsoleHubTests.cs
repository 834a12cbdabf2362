namespace CommunityChat.Web.Tests.Moderation;

/// <summary>
/// The console runs over the hub alone: autopilot and bans with a reason go the same way as every other moderator
/// action, and a moderator who loses the role sees the public room the next time they join.
/// </summary>
public sealed class ConsoleHubTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Autopilot_is_switched_over_the_hub_and_the_room_hears_of_it()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);

        await moderator.InvokeAsync("SetAutopilot", cast.ChatId, true);
        var refusal = await participant.RefusalAsync("SetAutopilot", cast.ChatId, false);

        Assert.True((await participant.WaitForAsync("ChatChanged", e => e.Chat.Autopilot)).Chat.Autopilot);
        Assert.Equal("Only a moderator of this community can do that.", refusal);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "chat.autopilot.on" && a.Actor == "mod");
    }

    [Fact]
    public async Task Ban_from_the_console_carries_its_reason_and_duration()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var participant = await _app.ConnectAsync(cast.Participant);

        await moderator.InvokeAsync("BanPerson", Cast.Community, "pat", new { reason = "Spamming links", minutes = 30 });

        Assert.StartsWith(
            "You're banned from this community until ",
            await participant.RefusalAsync("Send", cast.ChatId, "Let me in", null, null),
            StringComparison.Ordinal);
        var ban = Assert.Single(await cast.AuditAsync(), a => a.Action == "user.banned");
        Assert.Equal(("@pat", "Spamming links"), (ban.Target, ban.Detail));
    }

    [Fact]
    public async Task A_moderator_removed_from_the_community_joins_the_public_room_next_time()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var helper = await _app.SignUpAsync("helper");
        await Http.ExpectAsync(await cast.Admin.Http.PutAsync($"api/communities/{Cast.Community}/moderators/helper", null), HttpStatusCode.NoContent);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var before = await _app.ConnectAsync(helper);
        Assert.True((await before.JoinAsync(cast.ChatId)).Moderator);
        await Http.ExpectAsync(await cast.Admin.Http.DeleteAsync($"api/communities/{Cast.Community}/moderators/helper"), HttpStatusCode.NoContent);

        // The server closes the connection they joined as moderator (ModeratorRemovalTests); the client reconnects.
        await before.Closed.WaitAsync(RoomClient.Timeout);
        await using var former = await _app.ConnectAsync(helper);
        var rejoined = await former.JoinAsync(cast.ChatId, afterSequence: 0);
        var post = await cast.PostAsync(cast.Participant, "Borderline remark");
        await moderator.InvokeAsync("Hide", post.Id, "check");
        var marker = await cast.PostAsync(cast.Participant, "After the hide");
        await former.WaitForPostAsync("PostAdded", p => p.Id == marker.Id);

        Assert.False(rejoined.Moderator);
        Assert.Contains(former.Events, e => e.Name == "PostRemoved" && e.RemovedPostId == post.Id);
        Assert.DoesNotContain(former.Events, e => e.Name == "PostChanged" && e.Post.Id == post.Id);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "moderator.removed" && a.Target == "helper");
    }
}
