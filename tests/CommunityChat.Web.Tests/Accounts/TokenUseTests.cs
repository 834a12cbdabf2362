namespace CommunityChat.Web.Tests.Accounts;

/// <summary>A token's owner can tell which tokens are in use before revoking one.</summary>
public sealed class TokenUseTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_used_token_shows_when_it_was_last_used_and_an_unused_one_does_not()
    {
        var ana = await _app.SignUpAsync("ana");
        using var anonymous = _app.Anonymous();
        await Http.ExpectAsync(
            await anonymous.PostAsJsonAsync("api/tokens", new { handle = "ana", password = TestApp.Password, name = "spare" }),
            HttpStatusCode.Created);

        var tokens = await Http.ReadAsync<List<TokenSummaryView>>(await ana.Http.GetAsync("api/tokens"), HttpStatusCode.OK);

        Assert.NotNull(Assert.Single(tokens, t => t.Name == "tests").LastUsedAt);
        Assert.Null(Assert.Single(tokens, t => t.Name == "spare").LastUsedAt);
    }

    private sealed record TokenSummaryView(int Id, string Name, DateTime CreatedAt, DateTime? LastUsedAt);
}
