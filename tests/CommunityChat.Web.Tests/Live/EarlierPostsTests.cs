using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// A big room opens on its newest posts and reads earlier ones on demand: <c>GET /api/chats/{id}/posts?before=</c>
/// (the page just before a sequence, newest last, as the viewer may see it) and the room's first view.
/// </summary>
public sealed partial class EarlierPostsTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = TestApp.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Before_pages_back_through_the_chat_newest_last_down_to_the_first_post()
    {
        var cast = await CastWithPostsAsync(12);
        var reader = _app.Anonymous();

        Assert.Equal([8L, 9L, 10L, 11L, 12L], (await BeforeAsync(reader, cast, 13, 5)).Select(p => p.Sequence));
        Assert.Equal([3L, 4L, 5L, 6L, 7L], (await BeforeAsync(reader, cast, 8, 5)).Select(p => p.Sequence));
        Assert.Equal([1L, 2L], (await BeforeAsync(reader, cast, 3, 5)).Select(p => p.Sequence));
        Assert.Empty(await BeforeAsync(reader, cast, 1, 5));
        // Past the end: the newest page; the limit is clamped as for after= (100 by default).
        Assert.Equal([11L, 12L], (await BeforeAsync(reader, cast, long.MaxValue, 2)).Select(p => p.Sequence));
        Assert.Equal(Enumerable.Range(1, 12).Select(n => (long?)n), (await BeforeAsync(reader, cast, 1000, null)).Select(p => p.Sequence));
        Assert.Equal("post 12", (await BeforeAsync(reader, cast, 13, 1)).Single().Text);
    }

    [Fact]
    public async Task Before_follows_the_visibility_rule_hidden_posts_for_moderators_and_their_author_only()
    {
        var cast = await CastWithPostsAsync(10);
        var all = await BeforeAsync(cast.Moderator.Http, cast, 11, 100);
        var hidden = all.Single(p => p.Sequence == 8);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "off topic" }), HttpStatusCode.OK);

        // A reader's page skips it and still holds five posts; a moderator's marks it.
        Assert.Equal([4L, 5L, 6L, 7L, 9L], (await BeforeAsync(_app.Anonymous(), cast, 10, 5)).Select(p => p.Sequence));
        var moderators = await BeforeAsync(cast.Moderator.Http, cast, 10, 5);
        Assert.Equal([5L, 6L, 7L, 8L, 9L], moderators.Select(p => p.Sequence));
        Assert.True(moderators.Single(p => p.Sequence == 8).Hidden);
        var authors = await BeforeAsync(cast.Guest.Http, cast, 10, 5);
        Assert.Equal("off topic", authors.Single(p => p.Sequence == 8).HiddenReason);
    }

    [Theory]
    [InlineData("before=abc")]
    [InlineData("before=0")]
    [InlineData("before=-3")]
    [InlineData("before=1.5")]
    [InlineData("before=5&after=2")]
    public async Task Bad_before_is_refused_with_a_sentence(string query)
    {
        var cast = await CastWithPostsAsync(2);
        var detail = await Http.ProblemDetailAsync(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/posts?{query}"), HttpStatusCode.BadRequest);
        Assert.Contains("before", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_on_an_unknown_chat_is_not_found()
    {
        await Http.ProblemDetailAsync(await _app.Anonymous().GetAsync("api/chats/9999/posts?before=5"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_room_renders_only_its_newest_posts_and_hands_them_to_the_script()
    {
        const int Total = 130;
        var cast = await CastWithPostsAsync(Total);
        var html = await _app.Anonymous().GetStringAsync(cast.Chat.Url);

        var sequences = SequenceAttribute().Matches(html).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(Total - 99, 100).Select(n => (long)n), sequences);
        Assert.Contains("id=\"room-posts\"", html, StringComparison.Ordinal);
        Assert.Contains("\"complete\":false", html, StringComparison.Ordinal);
        Assert.Contains($"post {Total}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("post 30<", html, StringComparison.Ordinal);
        // The current question comes from the chat, not from the posts on screen (Q1 was asked before all of them).
        Assert.Contains(Cast.Q1, html, StringComparison.Ordinal);
    }

    /// <summary>A live chat with Q1 asked (sequence 1) and the guest's posts "post 2" … "post {count}".</summary>
    private async Task<Cast> CastWithPostsAsync(int count)
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        for (var n = 2; n <= count; n++)
        {
            await cast.PostAsync(cast.Guest, $"post {n}");
        }

        return cast;
    }

    private static async Task<List<PostView>> BeforeAsync(HttpClient client, Cast cast, long before, int? limit) =>
        await Http.ReadAsync<List<PostView>>(
            await client.GetAsync($"api/chats/{cast.ChatId}/posts?before={before}" + (limit is { } l ? $"&limit={l}" : "")), HttpStatusCode.OK);

    [GeneratedRegex("data-sequence=\"(\\d+)\"")]
    private static partial Regex SequenceAttribute();
}
