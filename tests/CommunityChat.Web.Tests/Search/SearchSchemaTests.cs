using CommunityChat.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Search;

/// <summary>
/// The SQLite search index is made at start, after the migrations (SearchSchema): a migration that rebuilds the Posts
/// table drops its triggers, and posts written before search existed have no search text. Both are repaired at the
/// next start, and the repaired index still holds only what the public sees.
/// </summary>
public sealed class SearchSchemaTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"communitychat-search-{Guid.NewGuid():N}.db");
    private TestApp _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = TestApp.Start(new Dictionary<string, string?> { ["ConnectionStrings:CommunityChat"] = $"Data Source={_file}" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        File.Delete(_file);
    }

    [Fact]
    public async Task A_lost_trigger_and_posts_from_before_search_are_repaired_at_start_without_hidden_posts()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        var old = await cast.PostAsync(cast.Participant, "A1 Rituals from the old days #Legacy");
        var hidden = await cast.PostAsync(cast.Participant, "Rituals for sale");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);
        await using (var connection = new SqliteConnection($"Data Source={_file}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                DROP TRIGGER PostSearch_Update; DROP TRIGGER PostSearch_Insert;
                INSERT INTO PostSearch(PostSearch) VALUES ('delete-all');
                DELETE FROM PostTags; UPDATE Posts SET SearchText = NULL WHERE Id = {old.Id};
                """;
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(0, await TotalAsync("rituals"));

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await SearchSchema.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        }

        Assert.Equal(1, await TotalAsync("rituals"));
        Assert.Contains("Rituals from the old days", await _app.Anonymous().GetStringAsync("tags/legacy"), StringComparison.Ordinal);
        var later = await cast.PostAsync(cast.Participant, "A1 New rituals every week");
        Assert.Equal(2, await TotalAsync("rituals"));
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{later.Id}/hide", new { reason = "check" }), HttpStatusCode.OK);
        Assert.Equal(1, await TotalAsync("rituals"));
    }

    private async Task<int> TotalAsync(string query) =>
        (await Http.ReadAsync<SearchView>(await _app.Anonymous().GetAsync("api/search?q=" + query), HttpStatusCode.OK)).Total;
}
