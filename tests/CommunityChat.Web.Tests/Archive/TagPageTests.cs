namespace CommunityChat.Web.Tests.Archive;

/// <summary>/tags/{tag} lists the chats that carry a hashtag and the visible posts that mention it (SPEC rule 14).</summary>
public sealed class TagPageTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_hashtag_page_lists_its_chats_and_the_visible_posts_that_mention_it()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await cast.PostAsync(cast.Participant, "A1 Lead by listening #Leadership");
        var hidden = await cast.PostAsync(cast.Participant, "Buy followers #leadership");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);

        var tagPage = await _app.Anonymous().GetStringAsync("tags/LEADERSHIP");
        Assert.Contains("Lead by listening", tagPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Buy followers", tagPage, StringComparison.Ordinal);

        var chatTagPage = await _app.Anonymous().GetStringAsync("tags/twittersmarter");
        Assert.Contains(cast.Chat.Title, chatTagPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_that_cannot_be_a_hashtag_is_not_found()
    {
        var response = await _app.Anonymous().GetAsync("tags/not%20a%20tag");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
