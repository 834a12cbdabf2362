using CommunityChat.Web.Tests.Chats;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommunityChat.Web.Tests.Moderation;

/// <summary>
/// Issue 9, item 1: a moderator removed from a community kept receiving the moderators' broadcasts on a connection
/// opened before (unasked questions in ChatChanged, held posts): its group was decided once, at Join. Now the removal
/// takes the connection out of the moderators' group and closes it; joining again, they are a participant.
/// </summary>
public sealed class ModeratorRemovalTests : IAsyncLifetime
{
    private const string Secret = "Which secret pangolin habit should hosts copy";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_removed_moderators_open_connection_is_closed_before_an_unasked_question_or_a_held_post_reaches_it()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var removed = await _app.ConnectAsync(cast.Moderator);
        Assert.True((await removed.JoinAsync(cast.ChatId)).Moderator);
        await using var admin = await _app.ConnectAsync(cast.Admin);
        await admin.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(await cast.Admin.Http.DeleteAsync($"api/communities/{Cast.Community}/moderators/{cast.Moderator.Handle}"), HttpStatusCode.NoContent);
        await cast.Admin.ChangePlanAsync(cast.ChatId, new { questions = PlanApi.Questions((1, Cast.Q1), (2, Secret), (3, Cast.Q3)) });
        await Http.ExpectAsync(await cast.Admin.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { premoderation = true }), HttpStatusCode.OK);
        var held = await cast.PostAsync(cast.Participant, "Held for the moderators only quokka");

        await admin.WaitForAsync("ChatChanged", e => e.Raw.Contains(Secret, StringComparison.Ordinal));
        await admin.WaitForPostAsync("PostHeld", p => p.Id == held.Id);
        await removed.Closed.WaitAsync(RoomClient.Timeout);
        Assert.DoesNotContain(Secret, removed.EverythingReceived, StringComparison.Ordinal);
        Assert.DoesNotContain("quokka", removed.EverythingReceived, StringComparison.Ordinal);

        // Back in the room, they are what they are now: a participant, who sees the chat without its unasked questions.
        await using var again = await _app.ConnectAsync(cast.Moderator);
        var join = await again.JoinAsync(cast.ChatId);
        Assert.False(join.Moderator);
        Assert.Empty(join.Held ?? []);
        await cast.Admin.ChangePlanAsync(cast.ChatId, new { questions = PlanApi.Questions((1, Cast.Q1), (2, Secret + " again"), (3, Cast.Q3)) });
        await admin.WaitForAsync("ChatChanged", e => e.Raw.Contains(Secret + " again", StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, (await again.WaitForAsync("ChatChanged")).Raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_other_moderators_keep_their_connections_when_one_is_removed()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var admin = await _app.ConnectAsync(cast.Admin);
        Assert.True((await admin.JoinAsync(cast.ChatId)).Moderator);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await moderator.JoinAsync(cast.ChatId);

        await Http.ExpectAsync(await cast.Admin.Http.PutAsync($"api/communities/{Cast.Community}/moderators/{cast.Guest.Handle}", null), HttpStatusCode.NoContent);
        await Http.ExpectAsync(await cast.Admin.Http.DeleteAsync($"api/communities/{Cast.Community}/moderators/{cast.Guest.Handle}"), HttpStatusCode.NoContent);
        await cast.Admin.ChangePlanAsync(cast.ChatId, new { questions = PlanApi.Questions((1, Cast.Q1), (2, Secret), (3, Cast.Q3)) });

        await moderator.WaitForAsync("ChatChanged", e => e.Raw.Contains(Secret, StringComparison.Ordinal));
        Assert.Equal(HubConnectionState.Connected, moderator.Connection.State);
        Assert.Equal(HubConnectionState.Connected, admin.Connection.State);
    }
}
