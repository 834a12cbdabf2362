using System.Globalization;

namespace CommunityChat.Web.Tests.Search;

/// <summary>
/// SPEC rule 13 on a real engine: the same scenarios run on SQLite's FTS5 (<see cref="SqliteSearchTests"/>) and on
/// PostgreSQL's full-text search (<see cref="PostgresSearchTests"/>). A reader finds answers in English (by stem), French
/// (with or without accents) and Chinese (a word inside a sentence); hidden, held, rejected and deleted posts and
/// unasked questions are never found, edits and unhiding are followed at once, filters narrow, and odd queries are
/// searched as text.
/// </summary>
public abstract class SearchScenarios
{
    protected abstract Task<TestApp> StartAsync();

    [Fact]
    public async Task Finds_answers_in_three_languages_and_never_what_the_public_cannot_see()
    {
        await using var app = await StartAsync();
        var cast = await Cast.CreateAsync(app, start: true);
        await cast.AskAsync(1);
        var english = await cast.PostAsync(cast.Participant, "A1 Trusting your members comes first");
        var french = await cast.PostAsync(cast.Participant, "A1 La confiance de la communauté se construit chaque semaine");
        var chinese = await cast.PostAsync(cast.Guest, "A1 我们在社区里建立信任很重要");
        var hidden = await cast.PostAsync(cast.Participant, "Cheap trust badges for sale");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);
        var deleted = await cast.PostAsync(cast.Participant, "A trust story I will take back");
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/posts/{deleted.Id}"), HttpStatusCode.NoContent);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { premoderation = true }), HttpStatusCode.OK);
        await cast.PostAsync(cast.Participant, "Held trust thoughts waiting for approval");
        var rejected = await cast.PostAsync(cast.Participant, "Rejected trust rant");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{rejected.Id}/reject", new { reason = "off topic" }), HttpStatusCode.OK);
        var reader = app.Anonymous();

        var trust = await SearchAsync(reader, "trust");
        Assert.Equal([english.Id], trust.Results.Select(r => r.PostId));
        Assert.Equal(1, trust.Total);
        var hit = trust.Results[0];
        Assert.Equal((cast.ChatId, cast.Chat.Title, cast.Chat.Url + "#post-" + english.Id, "pat", "A1"), (hit.ChatId, hit.ChatTitle, hit.Url, hit.Author.Handle, hit.Label));
        Assert.Equal("Trusting your members comes first", hit.Text); // the label is the post's, not its text
        Assert.Contains("<mark>Trusting</mark>", hit.Snippet, StringComparison.Ordinal);

        foreach (var query in new[] { "communauté", "communaute", "COMMUNAUTE confiance", "semaine" })
        {
            Assert.Equal([french.Id], (await SearchAsync(reader, query)).Results.Select(r => r.PostId));
        }

        foreach (var query in new[] { "信任", "社区", "建立信任", "信" })
        {
            var found = await SearchAsync(reader, query);
            Assert.Equal([chinese.Id], found.Results.Select(r => r.PostId));
        }

        Assert.Contains("<mark>信任</mark>", (await SearchAsync(reader, "信任")).Results[0].Snippet, StringComparison.Ordinal);
        foreach (var query in new[] { "cheap badges", "take back", "held thoughts", "rant" })
        {
            Assert.Equal(0, (await SearchAsync(reader, query)).Total);
        }
    }

    [Fact]
    public async Task Questions_are_found_once_asked_and_changes_to_posts_are_followed_at_once()
    {
        await using var app = await StartAsync();
        var cast = await Cast.CreateAsync(app, start: true);
        var reader = app.Anonymous();
        Assert.Equal(0, (await SearchAsync(reader, "zebrafinch")).Total); // Q2 is planned, not asked

        var q2 = await cast.AskAsync(2);
        Assert.Equal([q2.Id], (await SearchAsync(reader, "zebrafinch")).Results.Select(r => r.PostId));
        Assert.Equal(0, (await SearchAsync(reader, "okapi")).Total); // Q3 is still unasked

        var post = await cast.PostAsync(cast.Participant, "A2 Weekly rituals like gratitude threads", questionNumber: 2);
        await Http.ExpectAsync(await cast.Participant.Http.PutAsJsonAsync($"api/posts/{post.Id}", new { text = "A2 Weekly rituals like welcome threads" }), HttpStatusCode.OK);
        Assert.Equal(0, (await SearchAsync(reader, "gratitude")).Total);
        Assert.Equal([post.Id], (await SearchAsync(reader, "welcome rituals")).Results.Select(r => r.PostId));

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/hide", new { reason = "check" }), HttpStatusCode.OK);
        Assert.Equal(0, (await SearchAsync(reader, "welcome")).Total);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{post.Id}/unhide", null), HttpStatusCode.OK);
        Assert.Equal([post.Id], (await SearchAsync(reader, "welcome")).Results.Select(r => r.PostId));

        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { premoderation = true }), HttpStatusCode.OK);
        var held = await cast.PostAsync(cast.Participant, "A2 Newsletters with member spotlights", questionNumber: 2);
        Assert.Equal(0, (await SearchAsync(reader, "spotlights")).Total);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{held.Id}/approve", null), HttpStatusCode.OK);
        Assert.Equal([held.Id], (await SearchAsync(reader, "spotlights")).Results.Select(r => r.PostId));
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/posts/{held.Id}"), HttpStatusCode.NoContent);
        Assert.Equal(0, (await SearchAsync(reader, "spotlights")).Total);
    }

    [Fact]
    public async Task Filters_narrow_by_person_community_hashtag_and_dates_and_pages_are_twenty_long()
    {
        await using var app = await StartAsync();
        var cast = await Cast.CreateAsync(app, start: true);
        await cast.AskAsync(1);
        var byGuest = await cast.PostAsync(cast.Guest, "A1 Moderation is care #Care");
        var tagged = await cast.PostAsync(cast.Participant, "A1 Moderation needs rules #rules");
        var reader = app.Anonymous();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(2, (await SearchAsync(reader, "moderation")).Total);
        Assert.Equal([byGuest.Id], (await SearchAsync(reader, "moderation", "&author=@gene")).Results.Select(r => r.PostId));
        Assert.Equal([tagged.Id], (await SearchAsync(reader, "moderation", "&hashtag=%23Rules")).Results.Select(r => r.PostId));
        Assert.Equal(2, (await SearchAsync(reader, "moderation", "&hashtag=twittersmarter")).Total); // the chat's hashtag
        Assert.Equal(2, (await SearchAsync(reader, "moderation", $"&community={Cast.Community}&from={today}&to={today}")).Total);
        Assert.Equal(0, (await SearchAsync(reader, "moderation", "&community=elsewhere")).Total);
        Assert.Equal(0, (await SearchAsync(reader, "moderation", $"&from={tomorrow}")).Total);
        Assert.Equal(0, (await SearchAsync(reader, "moderation", "&author=nobody")).Total);

        for (var i = 0; i < 23; i++)
        {
            await cast.PostAsync(cast.Guest, $"A1 Patience number {i}");
        }

        var first = await SearchAsync(reader, "patience");
        var second = await SearchAsync(reader, "patience", "&page=2");
        Assert.Equal((23, 20, 3), (first.Total, first.Results.Count, second.Results.Count));
        Assert.Empty(first.Results.Select(r => r.PostId).Intersect(second.Results.Select(r => r.PostId)));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("(trust")]
    [InlineData("-trust")]
    [InlineData("trust*")]
    [InlineData("'); DROP TABLE Posts; --")]
    [InlineData("trust: ^ ( ) & | ! <-> :*")]
    public async Task Odd_queries_are_searched_as_text(string query)
    {
        await using var app = await StartAsync();
        var cast = await Cast.CreateAsync(app, start: true);
        await cast.AskAsync(1);
        await cast.PostAsync(cast.Participant, "A1 trust <script>alert(1)</script>");

        var found = await SearchAsync(app.Anonymous(), query);

        Assert.All(found.Results, r => Assert.DoesNotContain("<script", r.Snippet, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(query.Contains("trust", StringComparison.Ordinal) ? 1 : 0, found.Total);
    }

    [Fact]
    public async Task A_query_of_five_thousand_characters_and_bad_filters_get_an_answer_not_an_error()
    {
        await using var app = await StartAsync();
        var reader = app.Anonymous();

        var response = await reader.GetAsync("api/search?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("trust NEAR(x)*OR-y ", 300))[..5000]));
        Assert.Equal(0, (await Http.ReadAsync<SearchView>(response, HttpStatusCode.OK)).Total);
        Assert.Equal("“from” must be a date written like 2026-12-31.",
            await Http.ProblemDetailAsync(await reader.GetAsync("api/search?q=trust&from=yesterday"), HttpStatusCode.BadRequest));
        Assert.Equal("The page must be a number from 1 to 50.",
            await Http.ProblemDetailAsync(await reader.GetAsync("api/search?q=trust&page=0"), HttpStatusCode.BadRequest));
        Assert.Equal(0, (await SearchAsync(reader, "")).Total);
    }

    protected static async Task<SearchView> SearchAsync(HttpClient reader, string query, string filters = "") =>
        await Http.ReadAsync<SearchView>(await reader.GetAsync("api/search?q=" + Uri.EscapeDataString(query) + filters), HttpStatusCode.OK);
}

public sealed record SearchView(List<SearchResultView> Results, int Total);

public sealed record SearchResultView(long PostId, int ChatId, string ChatTitle, string Url, AuthorView Author, DateTime CreatedAt, string Text, string Snippet, string? Label);

public sealed class SqliteSearchTests : SearchScenarios
{
    protected override Task<TestApp> StartAsync() => Task.FromResult(TestApp.Start());
}

public sealed class PostgresSearchTests(PostgresServer postgres) : SearchScenarios, IClassFixture<PostgresServer>
{
    protected override async Task<TestApp> StartAsync() => TestApp.Start(new Dictionary<string, string?>
    {
        ["CommunityChat:Database:Provider"] = "Postgres",
        ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
    });
}
