namespace CommunityChat.Web.Tests.Suggestions;

/// <summary>
/// Audience questions on a real PostgreSQL server: racing votes count once, and asks that race are numbered under the
/// chat's row lock (two suggestions: Q4 and Q5; one suggestion twice: one post and one 409).
/// </summary>
public sealed class PostgresSuggestionTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_postgres_racing_votes_count_once_and_racing_asks_get_their_own_numbers()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?>
        {
            ["CommunityChat:Database:Provider"] = "Postgres",
            ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
        });
        var cast = await Cast.CreateAsync(app, start: true);
        var first = await SuggestAsync(cast, cast.Participant, "First suggestion");
        var second = await SuggestAsync(cast, cast.Guest, "Second suggestion");

        var votes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => cast.Guest.Http.PostAsync($"api/suggestions/{first.Id}/votes", null)));
        Assert.Single(votes, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, votes.Count(r => r.StatusCode == HttpStatusCode.Conflict));

        var asks = await Task.WhenAll(
            cast.Moderator.Http.PostAsync($"api/suggestions/{first.Id}/ask", null),
            cast.Admin.Http.PostAsync($"api/suggestions/{second.Id}/ask", null),
            cast.Admin.Http.PostAsync($"api/suggestions/{first.Id}/ask", null));
        Assert.Equal(2, asks.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Single(asks, r => r.StatusCode == HttpStatusCode.Conflict);

        var listed = await Http.ReadAsync<List<SuggestionView>>(await app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/suggestions"), HttpStatusCode.OK);
        Assert.Equal(1, listed.Single(s => s.Id == first.Id).Votes);
        Assert.Equal([4, 5], listed.Select(s => s.QuestionNumber ?? 0).Order());
        var questions = (await cast.PostsAsync(app.Anonymous())).Where(p => p.Kind == "question").Select(p => p.Label).Order();
        Assert.Equal(["Q4", "Q5"], questions);
    }

    private static async Task<SuggestionView> SuggestAsync(Cast cast, Person author, string text) =>
        await Http.ReadAsync<SuggestionView>(
            await author.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/suggestions", new { text }),
            HttpStatusCode.Created);
}
