using System.Globalization;
using System.Text;

namespace CommunityChat.Web.Tests.Communities;

/// <summary>
/// The archive's years (a GROUP BY of the start year) and a profile's chats (paged with EXISTS) on a real PostgreSQL
/// server, whose SQL for both differs from SQLite's (issue 6).
/// </summary>
public sealed class PostgresArchiveTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_postgres_the_archive_counts_its_years_and_a_profile_lists_its_chats_newest_first()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?>
        {
            ["CommunityChat:Database:Provider"] = "Postgres",
            ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
        });
        var cast = await Cast.CreateAsync(app);
        foreach (var (date, title) in new[]
        {
            (new DateTime(2021, 2, 4), "Onboarding in winter 2021"),
            (new DateTime(2019, 6, 6), "Leaders of 2019"),
            (new DateTime(2023, 12, 31), "The last chat of 2023"),
            (new DateTime(2021, 11, 18), "Trolls in autumn 2021"),
        })
        {
            var day = date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            await Http.ExpectAsync(await cast.Moderator.Http.PostAsync(
                $"api/communities/{Cast.Community}/imports?title={Uri.EscapeDataString(title)}",
                new StringContent($"A1: Something about {title}. #TwitterSmarter\n— Ana Lima (@ana_lima) {day}", Encoding.UTF8, "text/plain")),
                HttpStatusCode.Created);
        }

        var year2021 = await app.Anonymous().GetStringAsync($"c/{Cast.Community}?year=2021");
        var profile = await app.Anonymous().GetStringAsync("/@ana_lima");

        Assert.Contains("Archive · 2021", year2021, StringComparison.Ordinal);
        Assert.Contains("2023 <span class=\"muted\">(1 chat)</span>", year2021, StringComparison.Ordinal);
        Assert.Contains("2021 <span class=\"muted\">(2 chats)</span>", year2021, StringComparison.Ordinal);
        Assert.Contains("2019 <span class=\"muted\">(1 chat)</span>", year2021, StringComparison.Ordinal);
        Assert.True(year2021.IndexOf("Trolls in autumn 2021", StringComparison.Ordinal) < year2021.IndexOf("Onboarding in winter 2021", StringComparison.Ordinal));
        Assert.DoesNotContain("Leaders of 2019", year2021, StringComparison.Ordinal);
        var order = new[] { "The last chat of 2023", "Trolls in autumn 2021", "Onboarding in winter 2021", "Leaders of 2019" }
            .Select(t => profile.IndexOf($">{t}</a></h3>", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
    }
}
