using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityChat.Web.Tests.Communities;

/// <summary>
/// The community page's archive over years of chats (issue 6): the years with their counts, one year at a time, and a
/// year of more than 60 chats in pages.
/// </summary>
public sealed partial class ArchivePagingTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Chats_across_three_years_are_listed_by_year_with_counts_and_each_year_alone()
    {
        var cast = await Cast.CreateAsync(_app);
        await ImportAsync(cast, new DateTime(2019, 6, 6), "Leaders of 2019");
        await ImportAsync(cast, new DateTime(2021, 2, 4), "Onboarding in winter 2021");
        await ImportAsync(cast, new DateTime(2021, 11, 18), "Trolls in autumn 2021");
        await ImportAsync(cast, new DateTime(2023, 12, 31), "The last chat of 2023");

        var newest = await _app.Anonymous().GetStringAsync($"c/{Cast.Community}");
        var year2021 = await _app.Anonymous().GetStringAsync($"c/{Cast.Community}?year=2021");

        Assert.Contains("Archive · 2023", newest, StringComparison.Ordinal);
        Assert.Equal([("2023", "1 chat"), ("2021", "2 chats"), ("2019", "1 chat")], Years(newest));
        Assert.Equal(["The last chat of 2023"], Titles(newest));
        Assert.Contains("Archive · 2021", year2021, StringComparison.Ordinal);
        Assert.Equal(["Trolls in autumn 2021", "Onboarding in winter 2021"], Titles(year2021));
        Assert.Contains($"href=\"/c/{Cast.Community}?year=2021#archive-heading\" aria-current=\"page\"", year2021, StringComparison.Ordinal);
        Assert.Contains("1 answer", year2021, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pager\"", year2021, StringComparison.Ordinal);
        // The upcoming chat is still on the page, the archive apart.
        Assert.Contains("Leadership in social media communities", year2021, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_of_more_than_sixty_chats_is_shown_sixty_at_a_time_newest_first()
    {
        var cast = await Cast.CreateAsync(_app);
        var start = new DateTime(2022, 1, 1);
        for (var day = 0; day < 62; day++)
        {
            await ImportAsync(cast, start.AddDays(day * 5), $"Day {day + 1} of 2022");
        }

        var first = await _app.Anonymous().GetStringAsync($"c/{Cast.Community}?year=2022");
        var second = await _app.Anonymous().GetStringAsync($"c/{Cast.Community}?year=2022&page=2");

        Assert.Equal(60, Titles(first).Count);
        Assert.Equal("Day 62 of 2022", Titles(first)[0]);
        Assert.Equal("Day 3 of 2022", Titles(first)[^1]);
        Assert.Equal(["Day 2 of 2022", "Day 1 of 2022"], Titles(second));
        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages of the archive of 2022\">", first, StringComparison.Ordinal);
        Assert.Contains($"rel=\"next\" href=\"/c/{Cast.Community}?year=2022&amp;page=2#archive-heading\"", first, StringComparison.Ordinal);
        Assert.Contains($"rel=\"prev\" href=\"/c/{Cast.Community}?year=2022#archive-heading\"", second, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        // A page past the end shows the last one.
        Assert.Equal(["Day 2 of 2022", "Day 1 of 2022"], Titles(await _app.Anonymous().GetStringAsync($"c/{Cast.Community}?year=2022&page=9")));
    }

    private static async Task ImportAsync(Cast cast, DateTime date, string title)
    {
        var day = date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var recap = $"""
            Q1: What did {title} teach us? #TwitterSmarter
            — Madalyn Sklar (@MadalynSklar) {day}

            A1: Something about {title}. #TwitterSmarter
            — Ana Lima (@ana_lima) {day}
            """;
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync(
            $"api/communities/{Cast.Community}/imports?title={Uri.EscapeDataString(title)}",
            new StringContent(recap, Encoding.UTF8, "text/plain")), HttpStatusCode.Created);
    }

    /// <summary>The archive's cards, in page order (the archive is the page's last list of chats).</summary>
    private static List<string> Titles(string page)
    {
        var archive = page[page.IndexOf("id=\"archive-heading\"", StringComparison.Ordinal)..];
        return TitlePattern().Matches(archive).Select(m => m.Groups[1].Value).ToList();
    }

    private static List<(string, string)> Years(string page) =>
        YearPattern().Matches(page).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();

    [GeneratedRegex("<a class=\"chat-card__title\" href=\"[^\"]+\">([^<]+)</a>")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("\\?year=\\d+#archive-heading\"[^>]*>(\\d+) <span class=\"muted\">\\(([^)]+)\\)</span>")]
    private static partial Regex YearPattern();
}
