namespace CommunityChat.Web.Tests.Moderation;

/// <summary>SPEC rule 29: a ban can remove the person's recent posts, and only theirs.</summary>
public sealed class BanRemovePostsTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_ban_with_remove_posts_hides_exactly_that_persons_posts_with_the_reason_banned_live()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        var spam1 = await cast.PostAsync(cast.Participant, "Buy followers at example.org");
        var spam2 = await cast.PostAsync(cast.Participant, "A1 cheap likes here");
        var guest = await cast.PostAsync(cast.Guest, "A1 Listen first");
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "spam", removePosts = true }),
            HttpStatusCode.NoContent);
        await reader.WaitForAsync("PostRemoved", e => e.RemovedPostId == spam1.Id);
        await reader.WaitForAsync("PostRemoved", e => e.RemovedPostId == spam2.Id);

        var visible = await cast.PostsAsync(_app.Anonymous());
        Assert.DoesNotContain(visible, p => p.Id == spam1.Id || p.Id == spam2.Id);
        Assert.Contains(visible, p => p.Id == guest.Id);
        var hidden = (await cast.AuditAsync()).Where(a => a.Action == "post.hidden").ToList();
        Assert.Equal(2, hidden.Count);
        Assert.All(hidden, a => Assert.Equal("banned", a.Detail));

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{spam1.Id}/unhide", null), HttpStatusCode.OK);
        Assert.Contains(await cast.PostsAsync(_app.Anonymous()), p => p.Id == spam1.Id);
    }

    [Fact]
    public async Task A_ban_without_remove_posts_leaves_the_posts_up()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Participant, "Borderline");

        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "heated" }),
            HttpStatusCode.NoContent);

        Assert.Contains(await cast.PostsAsync(_app.Anonymous()), p => p.Id == post.Id);
    }
}
