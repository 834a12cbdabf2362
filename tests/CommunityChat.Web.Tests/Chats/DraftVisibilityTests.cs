using CommunityChat.Web.Data;
using CommunityChat.Web.Tests.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Chats;

/// <summary>A draft chat exists only for moderators: no API, export or hub call shows it to anyone else.</summary>
public sealed class DraftVisibilityTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_draft_is_not_found_by_readers_anywhere_but_moderators_see_it()
    {
        var cast = await Cast.CreateAsync(_app);
        var draft = await cast.CreateDraftAsync("Secret planning session");

        foreach (var http in new[] { _app.Anonymous(), cast.Participant.Http })
        {
            foreach (var path in new[] { "", "/transcript", "/transcript.json", "/transcript.md", "/transcript.csv", "/transcript.txt", "/posts?after=0" })
            {
                var response = await http.GetAsync($"api/chats/{draft.Id}{path}");
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.DoesNotContain("Secret planning session", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        await using var reader = await _app.ConnectAsync();
        Assert.Equal("There is no such chat.", await reader.RefusalAsync("Join", draft.Id, 0L));
        await Http.ExpectAsync(await cast.Moderator.Http.GetAsync($"api/chats/{draft.Id}/transcript"), HttpStatusCode.OK);

        // The refused Join left the reader out of the draft's room: its next change reaches moderators only. The
        // reader then joins a public chat and waits for that chat's change, sent after the draft's on the same line.
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{draft.Id}", new { title = "Secret planning session, moved" }), HttpStatusCode.OK);
        await reader.JoinAsync(cast.ChatId);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}", new { title = "Open chat, renamed" }), HttpStatusCode.OK);
        await reader.WaitForAsync("ChatChanged", e => e.Raw.Contains("Open chat, renamed", StringComparison.Ordinal));
        Assert.DoesNotContain("Secret planning session", reader.EverythingReceived, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_to_a_draft_while_a_readers_join_is_being_refused_does_not_reach_the_reader()
    {
        var gate = new ReadGate("Chats");
        await using var app = TestApp.Start(services: services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(gate)));
        var cast = await Cast.CreateAsync(app);
        var draft = await cast.CreateDraftAsync("Secret planning session");
        await using var reader = await app.ConnectAsync();

        // The reader is in the draft's room while the read that will refuse them is held; the draft changes meanwhile.
        gate.Arm();
        var refused = reader.RefusalAsync("Join", draft.Id, 0L);
        await gate.Held.WaitAsync(RoomClient.Timeout);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{draft.Id}", new { title = "Secret planning session, moved" }), HttpStatusCode.OK);
        gate.Open();
        Assert.Equal("There is no such chat.", await refused.WaitAsync(RoomClient.Timeout));

        // A change to a public chat, sent after the draft's on the same line, arrives; nothing of the draft did.
        await reader.JoinAsync(cast.ChatId);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}", new { title = "Open chat, renamed" }), HttpStatusCode.OK);
        await reader.WaitForAsync("ChatChanged", e => e.Raw.Contains("Open chat, renamed", StringComparison.Ordinal));
        Assert.DoesNotContain("Secret planning session", reader.EverythingReceived, StringComparison.Ordinal);
    }
}
