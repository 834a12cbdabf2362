namespace CommunityChat.Web.Tests.Accounts;

/// <summary>
/// Issue 9, item 2: a revoked token kept full write access on a hub connection opened before it was revoked (Send and
/// Like succeeded after DELETE /api/tokens/{id} answered 204), and a connection that only listened kept receiving.
/// Now revoking closes the connections the token opened (Base/Live/ConnectionRecheck).
/// </summary>
public sealed class TokenRevocationTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Revoking_a_token_closes_the_connections_it_opened_even_one_that_only_listens()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);
        Assert.Equal("Before revoking", (await participant.SendAsync(cast.ChatId, "Before revoking")).Text);
        await using var listener = await _app.ConnectAsync(cast.Participant);
        await listener.JoinAsync(cast.ChatId);

        var tokens = await Http.ReadAsync<List<TokenSummaryView>>(await cast.Participant.Http.GetAsync("api/tokens"), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/tokens/{tokens.Single().Id}"), HttpStatusCode.NoContent);

        await participant.Closed.WaitAsync(RoomClient.Timeout);
        await listener.Closed.WaitAsync(RoomClient.Timeout);
        await Assert.ThrowsAnyAsync<Exception>(() => participant.SendAsync(cast.ChatId, "After revoking"));
        Assert.DoesNotContain(await cast.PostsAsync(cast.Moderator.Http), p => p.Text == "After revoking");
        Assert.Equal(HttpStatusCode.Unauthorized, (await cast.Participant.Http.GetAsync("api/tokens")).StatusCode);
    }

    [Fact]
    public async Task A_reconnect_with_the_revoked_token_is_a_reader_who_cannot_post()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var tokens = await Http.ReadAsync<List<TokenSummaryView>>(await cast.Participant.Http.GetAsync("api/tokens"), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/tokens/{tokens.Single().Id}"), HttpStatusCode.NoContent);

        await using var again = await _app.ConnectAsync(cast.Participant);
        await again.JoinAsync(cast.ChatId);

        Assert.Equal("Sign in first.", await again.RefusalAsync("Send", cast.ChatId, "After revoking", null, null));
    }

    private sealed record TokenSummaryView(int Id, string Name, DateTime CreatedAt, DateTime? LastUsedAt);
}
