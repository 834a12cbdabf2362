using System.Xml.Linq;

namespace CommunityChat.Web.Tests.Archive;

/// <summary>/c/{community}/feed.atom: ended chats and published recaps, newest first, with absolute links.</summary>
public sealed class CommunityFeedTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Feed_lists_the_ended_chat_and_its_published_recap_but_not_a_live_chat()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        using var reader = _app.Anonymous();
        var empty = await FeedAsync(reader);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        var ended = await FeedAsync(reader);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown = "# Recap\n\n> A1: Listen first, says @gene", publish = true }),
            HttpStatusCode.OK);

        var feed = await FeedAsync(reader);

        Assert.Empty(empty.Root!.Elements(Atom + "entry"));
        Assert.Single(ended.Root!.Elements(Atom + "entry"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(
            [$"Recap: {cast.Chat.Title}", cast.Chat.Title],
            entries.Select(e => e.Element(Atom + "title")!.Value));
        var site = _app.BaseAddress.ToString().TrimEnd('/');
        Assert.Equal(site + cast.Chat.Url + "/recap", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Contains($"<a href=\"{site}/@gene\"", entries[0].Element(Atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal(site + cast.Chat.Url, entries[1].Element(Atom + "id")!.Value);
        Assert.Equal("Twitter Smarter", feed.Root.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task Unknown_community_has_no_feed()
    {
        using var reader = _app.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("c/nowhere/feed.atom")).StatusCode);
    }

    private static async Task<XDocument> FeedAsync(HttpClient reader)
    {
        var response = await reader.GetAsync($"c/{Cast.Community}/feed.atom");
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
