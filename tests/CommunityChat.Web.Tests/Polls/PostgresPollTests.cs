namespace CommunityChat.Web.Tests.Polls;

/// <summary>Polls on a real PostgreSQL server: the options column (text[]) and the one-vote key under a race.</summary>
public sealed class PostgresPollTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_postgres_a_poll_keeps_its_options_and_racing_votes_count_once()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?>
        {
            ["CommunityChat:Database:Provider"] = "Postgres",
            ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
        });
        var cast = await Cast.CreateAsync(app, start: true);
        var question = new string('?', 280);
        var poll = await Http.ReadAsync<PollView>(
            await cast.Moderator.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/polls", new { question, options = new[] { "Yes", "No", "Maybe" } }),
            HttpStatusCode.Created);

        var race = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => cast.Participant.Http.PostAsJsonAsync($"api/polls/{poll.Id}/votes", new { option = 2 })));
        Assert.Single(race, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, race.Count(r => r.StatusCode == HttpStatusCode.Conflict));

        var seen = await Http.ReadAsync<List<PollView>>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}/polls"), HttpStatusCode.OK);
        Assert.Equal(["Yes", "No", "Maybe"], seen.Single().Options);
        Assert.Equal([0, 0, 1], seen.Single().Counts);
        Assert.Equal(question, seen.Single().Question);
    }
}
