using System.ServiceModel.Syndication;
using System.Xml;
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
    public async Task A_syndication_parser_reads_the_feed_with_its_ids_links_and_times()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown = "# Recap\n\nListen first & <b>then</b> speak", publish = true }),
            HttpStatusCode.OK);
        using var reader = _app.Anonymous();
        var response = await reader.GetAsync($"c/{Cast.Community}/feed.atom");
        await Http.ExpectAsync(response, HttpStatusCode.OK);

        var formatter = new Atom10FeedFormatter();
        using (var xml = XmlReader.Create(await response.Content.ReadAsStreamAsync()))
        {
            Assert.True(formatter.CanRead(xml));
            formatter.ReadFrom(xml);
        }

        var feed = formatter.Feed;
        var site = _app.BaseAddress.ToString().TrimEnd('/');
        Assert.Equal($"{site}/c/{Cast.Community}/feed.atom", feed.Id);
        Assert.Equal("Twitter Smarter", feed.Title.Text);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri == new Uri($"{site}/c/{Cast.Community}/feed.atom"));
        Assert.Contains(feed.Links, l => l.RelationshipType == "alternate" && l.Uri == new Uri($"{site}/c/{Cast.Community}"));
        var items = feed.Items.ToList();
        Assert.Equal([site + cast.Chat.Url + "/recap", site + cast.Chat.Url], items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(new Uri(i.Id), Assert.Single(i.Links, l => l.RelationshipType == "alternate").Uri));
        Assert.All(items, i => Assert.InRange(i.LastUpdatedTime, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.Equal(items[0].LastUpdatedTime, feed.LastUpdatedTime);
        Assert.True(items[0].LastUpdatedTime >= items[1].LastUpdatedTime);
        Assert.Equal($"Recap: {cast.Chat.Title}", items[0].Title.Text);
        var content = Assert.IsType<TextSyndicationContent>(items[0].Content);
        Assert.Equal("html", content.Type);
        Assert.Contains("Listen first &amp; ", content.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", content.Text, StringComparison.Ordinal);
        Assert.Equal("The Role of Leadership in Social Media Communities", items[1].Summary.Text);
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
