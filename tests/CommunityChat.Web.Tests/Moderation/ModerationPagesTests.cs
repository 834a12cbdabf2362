namespace CommunityChat.Web.Tests.Moderation;

/// <summary>The community's moderator pages (SPEC section 4): /c/{community}/audit and /c/{community}/bans.</summary>
public sealed class ModerationPagesTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_audit_page_lists_actions_newest_first_and_filters_by_action_and_moderator()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Participant, "Off-topic ramble");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/hide", new { reason = "off topic zebra" }), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Admin.Http.PostAsync($"api/posts/{post.Id}/highlight", null), HttpStatusCode.OK);
        var page = $"c/{Cast.Community}/audit";

        var all = await (await cast.Moderator.Http.GetAsync(page)).Content.ReadAsStringAsync();
        var hides = await (await cast.Moderator.Http.GetAsync(page + "?action=post.hidden")).Content.ReadAsStringAsync();
        var byAdmin = await (await cast.Moderator.Http.GetAsync(page + "?moderator=admin")).Content.ReadAsStringAsync();

        Assert.True(all.IndexOf(">Highlighted a post</span></td>", StringComparison.Ordinal) < all.IndexOf(">Hid a post</span></td>", StringComparison.Ordinal));
        Assert.Contains("off topic zebra", all, StringComparison.Ordinal);
        Assert.Contains("<caption>", all, StringComparison.Ordinal);
        Assert.Contains(">Hid a post</span></td>", hides, StringComparison.Ordinal);
        Assert.DoesNotContain(">Highlighted a post</span></td>", hides, StringComparison.Ordinal);
        Assert.Contains(">Highlighted a post</span></td>", byAdmin, StringComparison.Ordinal);
        Assert.DoesNotContain("off topic zebra", byAdmin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await cast.Participant.Http.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task The_audit_page_shows_fifty_entries_a_page()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Participant, "Star me");
        for (var i = 0; i < 26; i++)
        {
            await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{post.Id}/highlight", null), HttpStatusCode.OK);
            await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{post.Id}/unhighlight", null), HttpStatusCode.OK);
        }

        var first = await (await cast.Moderator.Http.GetAsync($"c/{Cast.Community}/audit")).Content.ReadAsStringAsync();
        var second = await (await cast.Moderator.Http.GetAsync($"c/{Cast.Community}/audit?page=2")).Content.ReadAsStringAsync();

        Assert.Equal(50, CountRows(first));
        Assert.Equal(55 - 50, CountRows(second));
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains(">Planned a chat</span></td>", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bans_page_lifts_a_ban_and_lists_it_as_ended()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "Shouting okapi", minutes = 60 }),
            HttpStatusCode.NoContent);
        var page = $"c/{Cast.Community}/bans";
        var before = await (await cast.Moderator.Http.GetAsync(page)).Content.ReadAsStringAsync();

        var response = await cast.Moderator.Http.SubmitAsync(page, page + "?handler=Lift", new Dictionary<string, string> { ["handle"] = "pat" });

        var after = await response.Content.ReadAsStringAsync();
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Contains("Shouting okapi", before, StringComparison.Ordinal);
        Assert.Contains(">Lift ban</button>", before, StringComparison.Ordinal);
        Assert.Contains("The ban on @pat is lifted.", after, StringComparison.Ordinal);
        Assert.Contains("Nobody is banned.", after, StringComparison.Ordinal);
        Assert.Contains("Shouting okapi", after, StringComparison.Ordinal);
        Assert.Equal("user.unbanned", (await cast.AuditAsync())[0].Action);
        await Http.ExpectAsync(await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Back, calmer" }), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Forbidden, (await cast.Participant.Http.GetAsync(page)).StatusCode);
    }

    private static int CountRows(string html) =>
        html.Split("<tr>", StringSplitOptions.None).Length - 2;
}
