namespace CommunityChat.Web.Tests.Chats;

/// <summary>
/// SPEC rule 27: two moderators editing one plan do not lose each other's changes silently. A save made from a version
/// that is no longer current is refused (409) whatever the timing, on every database provider:
/// <see cref="SqlitePlanVersionTests"/> and <see cref="PostgresPlanVersionTests"/> run these same tests.
/// </summary>
public abstract class PlanVersionTests : IAsyncLifetime
{
    private const string Stale = "Someone else changed this plan while you were editing it. Reload to see their changes.";

    private TestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await StartAppAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<TestApp> StartAppAsync();

    [Fact]
    public async Task Two_concurrent_saves_from_one_version_give_one_200_and_one_409()
    {
        var cast = await Cast.CreateAsync(_app);
        var version = (await cast.Moderator.Http.PlanAsync(cast.ChatId)).PlanVersion!.Value;

        for (var round = 0; round < 5; round++)
        {
            // One save sends the version as If-Match, the other in the body: both ways are checked the same.
            var first = cast.Moderator.PutPlanAsync(cast.ChatId, new { title = $"Mod's title {round}", questions = PlanApi.Questions((1, $"Mod's Q1 {round}")) }, ifMatch: version);
            var second = cast.Admin.PutPlanAsync(cast.ChatId, new { title = $"Admin's title {round}", questions = PlanApi.Questions((1, $"Admin's Q1 {round}"), (2, "Admin's Q2")), planVersion = version });
            var responses = await Task.WhenAll(first, second);

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var lost = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal(Stale, await Http.ProblemDetailAsync(lost, HttpStatusCode.Conflict));
            var won = await Http.ReadAsync<PlanView>(responses.Single(r => r.StatusCode == HttpStatusCode.OK), HttpStatusCode.OK);
            var stored = await cast.Moderator.Http.PlanAsync(cast.ChatId);
            Assert.Equal(version + 1, stored.PlanVersion);
            Assert.Equal((won.Title, string.Join("|", won.Questions.Select(q => q.Text))), (stored.Title, string.Join("|", stored.Questions.Select(q => q.Text))));
            Assert.Equal(won.Title.StartsWith("Mod", StringComparison.Ordinal) ? 1 : 2, stored.Questions.Count);
            version = stored.PlanVersion!.Value;
        }
    }

    [Fact]
    public async Task A_save_from_an_older_version_is_refused_and_one_without_a_version_wins()
    {
        var cast = await Cast.CreateAsync(_app);
        var opened = (await cast.Moderator.Http.PlanAsync(cast.ChatId)).PlanVersion;
        await cast.Admin.ChangePlanAsync(cast.ChatId, new { topic = "The admin's topic", planVersion = opened });

        var stale = await cast.Moderator.PutPlanAsync(cast.ChatId, new { topic = "The moderator's topic", planVersion = opened });
        Assert.Equal(Stale, await Http.ProblemDetailAsync(stale, HttpStatusCode.Conflict));
        Assert.Equal("The admin's topic", (await cast.Moderator.Http.PlanAsync(cast.ChatId)).Topic);
        Assert.Equal(Stale, await Http.ProblemDetailAsync(await cast.Moderator.Http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"api/chats/{cast.ChatId}")
        {
            Headers = { { "If-Match", $"\"{opened}\"" } },
        }), HttpStatusCode.Conflict));

        var lastWriteWins = await cast.Moderator.ChangePlanAsync(cast.ChatId, new { topic = "The moderator's topic" });
        Assert.Equal(("The moderator's topic", opened + 2), (lastWriteWins.Topic, lastWriteWins.PlanVersion));
    }
}

public sealed class SqlitePlanVersionTests : PlanVersionTests
{
    protected override Task<TestApp> StartAppAsync() => Task.FromResult(TestApp.Start());
}

public sealed class PostgresPlanVersionTests(PostgresServer postgres) : PlanVersionTests, IClassFixture<PostgresServer>
{
    protected override async Task<TestApp> StartAppAsync() => TestApp.Start(new Dictionary<string, string?>
    {
        ["CommunityChat:Database:Provider"] = "Postgres",
        ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
    });
}

