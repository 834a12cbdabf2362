namespace CommunityChat.Web.Tests.Moderation;

/// <summary>
/// Held posts (SPEC rule 20) on a real PostgreSQL server: held posts take no number, and of approvals and a rejection
/// racing for one post exactly one happens, while other posts keep arriving; the sequence stays gapless.
/// </summary>
public sealed class PostgresHeldPostsTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task On_postgres_racing_approvals_publish_once_and_the_sequence_stays_gapless()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?>
        {
            ["CommunityChat:Database:Provider"] = "Postgres",
            ["ConnectionStrings:CommunityChat"] = await postgres.CreateDatabaseAsync(),
        });
        var cast = await Cast.CreateAsync(app, start: true);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { premoderation = true }), HttpStatusCode.OK);
        var held = await Task.WhenAll(Enumerable.Range(1, 3).Select(i => cast.PostAsync(cast.Participant, $"Held {i}")));
        Assert.All(held, p => Assert.Null(p.Sequence));

        var responses = await Task.WhenAll(held.SelectMany(p => new[]
        {
            cast.Moderator.Http.PostAsync($"api/posts/{p.Id}/approve", null),
            cast.Admin.Http.PostAsync($"api/posts/{p.Id}/approve", null),
            cast.Moderator.Http.PostAsJsonAsync($"api/posts/{p.Id}/reject", new { reason = "no" }),
            cast.Guest.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = $"Guest while approving {p.Id}" }),
        }));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(6, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var posts = await cast.PostsAsync(cast.Moderator.Http);
        Assert.Equal(Enumerable.Range(1, posts.Count).Select(n => (long?)n), posts.Select(p => p.Sequence));
        var published = posts.Count(p => p.Text.StartsWith("Held", StringComparison.Ordinal));
        var queue = await Http.ReadAsync<List<PostView>>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}/held"), HttpStatusCode.OK);
        Assert.Empty(queue);
        // Each held post was approved or rejected exactly once, and exactly the approved ones are in the chat.
        var audit = await cast.AuditAsync();
        Assert.Equal(3, audit.Count(a => a.Action is "post.approved" or "post.rejected"));
        Assert.Equal(audit.Count(a => a.Action == "post.approved"), published);
    }
}
