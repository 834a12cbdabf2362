using System.Xml.Linq;

namespace CommunityChat.Web.Tests.Archive;

/// <summary>
/// Findable archives (issue 6): /sitemap.xml lists the communities and every archived chat's transcript and published
/// recap, /robots.txt points at it, and transcript, recap and profile pages carry a canonical address and a share card.
/// </summary>
public sealed class SitemapTests : IAsyncLifetime
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_sitemap_lists_archived_transcripts_and_published_recaps_and_not_chats_still_to_come()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown = "# Recap\n\nGood chat.", publish = true }), HttpStatusCode.OK);
        var upcoming = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = "Next week's chat",
            topic = "Next",
            format = "Q&A",
            scheduledStart = DateTimeOffset.UtcNow.AddDays(7),
            durationMinutes = 60,
            guests = Array.Empty<string>(),
            questions = new[] { new { number = 1, text = "Why?" } },
        }), HttpStatusCode.Created);

        var response = await _app.Anonymous().GetAsync("sitemap.xml");
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var locations = sitemap.Root!.Elements(Sitemaps + "url").Select(u => new Uri(u.Element(Sitemaps + "loc")!.Value).AbsolutePath).ToList();

        Assert.Contains($"/c/{Cast.Community}", locations);
        Assert.Contains(cast.Chat.Url, locations);
        Assert.Contains(cast.Chat.Url + "/recap", locations);
        Assert.DoesNotContain(upcoming.Url, locations);
        Assert.All(sitemap.Root.Elements(Sitemaps + "url").Where(u => u.Element(Sitemaps + "loc")!.Value.EndsWith(cast.Chat.Url, StringComparison.Ordinal)),
            u => Assert.True(DateTime.TryParse(u.Element(Sitemaps + "lastmod")!.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out _)));

        var robots = await _app.Anonymous().GetStringAsync("robots.txt");
        Assert.Contains($"Sitemap: {_app.BaseAddress.ToString().TrimEnd('/')}/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcript_recap_and_profile_pages_name_one_canonical_address_and_a_share_card()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown = "# Recap", publish = true }), HttpStatusCode.OK);
        var site = _app.BaseAddress.ToString().TrimEnd('/');

        var guestView = await _app.Anonymous().GetStringAsync(cast.Chat.Url + "?view=guest");
        Assert.Contains($"<link rel=\"canonical\" href=\"{site}{cast.Chat.Url}\" />", guestView, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Leadership in social media communities\" />", guestView, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"The Role of Leadership in Social Media Communities\" />", guestView, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{site}{cast.Chat.Url}/recap\" />", await _app.Anonymous().GetStringAsync(cast.Chat.Url + "/recap"), StringComparison.Ordinal);
        var profile = await _app.Anonymous().GetStringAsync("@gene");
        Assert.Contains($"<link rel=\"canonical\" href=\"{site}/@gene\" />", profile, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"profile\" />", profile, StringComparison.Ordinal);
    }
}
