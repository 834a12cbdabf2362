using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Accounts;

/// <summary>
/// Issue 9, item 2: a revoked token kept full write access on a hub connection opened before it was revoked (Send and
/// Like succeeded after DELETE /api/tokens/{id} answered 204). Now it reaches the open connection within seconds.
/// </summary>
public sealed class TokenRevocationTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public TokenRevocationTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_revoked_token_can_no_longer_post_on_a_connection_it_opened_and_the_connection_closes()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);
        Assert.Equal("Before revoking", (await participant.SendAsync(cast.ChatId, "Before revoking")).Text);

        var tokens = await Http.ReadAsync<List<TokenSummaryView>>(await cast.Participant.Http.GetAsync("api/tokens"), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/tokens/{tokens.Single().Id}"), HttpStatusCode.NoContent);
        _clock.Advance(TimeSpan.FromSeconds(6));

        var refused = await Assert.ThrowsAsync<HubException>(() => participant.Connection.InvokeAsync<object>("Send", cast.ChatId, "After revoking", null, null));
        Assert.Equal("This access token was revoked. Sign in again.", RoomClient.UserMessage(refused));
        await participant.Closed.WaitAsync(RoomClient.Timeout);
        Assert.DoesNotContain(await cast.PostsAsync(cast.Moderator.Http), p => p.Text == "After revoking");
    }

    private sealed record TokenSummaryView(int Id, string Name, DateTime CreatedAt, DateTime? LastUsedAt);
}
