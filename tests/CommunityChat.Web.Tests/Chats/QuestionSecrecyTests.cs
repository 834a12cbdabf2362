namespace CommunityChat.Web.Tests.Chats;

/// <summary>SPEC rule 2: an unasked question's text reaches moderators only, on every path out of the server.</summary>
public sealed class QuestionSecrecyTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Unasked_questions_appear_in_no_api_response_or_hub_message_a_non_moderator_receives()
    {
        var cast = await Cast.CreateAsync(_app);
        await using var reader = await _app.ConnectAsync();
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await using var guest = await _app.ConnectAsync(cast.Guest);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        var outsiders = new[] { reader, participant, guest };
        foreach (var client in outsiders.Append(moderator))
        {
            await client.JoinAsync(cast.ChatId);
        }

        // Everything a moderator does in the room while Q2 and Q3 wait.
        await moderator.InvokeAsync("Start", cast.ChatId);
        await moderator.InvokeAsync("Ask", cast.ChatId, 1);
        await participant.SendAsync(cast.ChatId, "A1 my answer");
        await moderator.InvokeAsync("SetSlowMode", cast.ChatId, 5);
        await moderator.InvokeAsync("SetLock", cast.ChatId, true);
        await moderator.InvokeAsync("SetLock", cast.ChatId, false);
        await moderator.InvokeAsync("SetSlowMode", cast.ChatId, 7);
        var afterJoin = new[] { await participant.JoinAsync(cast.ChatId), await reader.JoinAsync(cast.ChatId) };
        // The marker: the last ChatChanged (slow mode 7); everything sent before it has arrived too.
        foreach (var client in outsiders)
        {
            await client.WaitForAsync("ChatChanged", e => e.Chat.SlowModeSeconds == 7);
        }

        Assert.All(afterJoin, join => Assert.Equal([1], join.Questions.Select(q => q.Number)));
        Assert.All(afterJoin, join => Assert.Equal([1], join.Chat.Questions.Select(q => q.Number)));
        foreach (var client in outsiders)
        {
            AssertSecret(client.EverythingReceived, "a hub message to a non-moderator");
        }

        // Moderators see every question, asked or not, on the hub and the API.
        Assert.Contains(Cast.Q2, moderator.EverythingReceived, StringComparison.Ordinal);
        var forModerator = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
        Assert.Equal([1, 2, 3], forModerator.Questions.Select(q => q.Number));
        Assert.Equal(Cast.Q3, forModerator.Questions[2].Text);

        // Every API read a reader, participant or guest can make, during the chat and after it.
        await ReadEverythingAsOutsidersAsync(cast, expectedAsked: [1]);
        await moderator.InvokeAsync("End", cast.ChatId);
        await ReadEverythingAsOutsidersAsync(cast, expectedAsked: [1]);
    }

    [Fact]
    public async Task Planned_chat_shows_no_questions_to_a_reader_until_they_are_asked()
    {
        var cast = await Cast.CreateAsync(_app);

        var chat = await Http.ReadAsync<ChatView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
        var list = await Http.ReadAsync<List<ChatView>>(await cast.Guest.Http.GetAsync($"api/communities/{Cast.Community}/chats"), HttpStatusCode.OK);

        Assert.Empty(chat.Questions);
        Assert.Empty(Assert.Single(list).Questions);
        Assert.Equal(3, cast.Chat.Questions.Count);
    }

    [Fact]
    public async Task Room_page_source_does_not_show_an_unasked_question()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);

        var response = await _app.Anonymous().GetAsync(cast.Chat.Url);

        await Http.ExpectAsync(response, HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(Cast.Q1, html, StringComparison.Ordinal);
        AssertSecret(html, "the room page");
    }

    private async Task ReadEverythingAsOutsidersAsync(Cast cast, int[] expectedAsked)
    {
        foreach (var http in new[] { _app.Anonymous(), cast.Participant.Http, cast.Guest.Http })
        {
            var chat = await Http.ReadAsync<ChatView>(await http.GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
            Assert.Equal(expectedAsked, chat.Questions.Select(q => q.Number));
            var paths = new[]
            {
                $"api/chats/{cast.ChatId}",
                $"api/communities/{Cast.Community}/chats",
                $"api/communities/{Cast.Community}",
                "api/communities",
                $"api/chats/{cast.ChatId}/posts?after=0&limit=1000",
                $"api/chats/{cast.ChatId}/transcript",
                $"api/chats/{cast.ChatId}/transcript.md",
                $"api/chats/{cast.ChatId}/transcript.json",
                $"api/chats/{cast.ChatId}/transcript.csv",
                $"api/chats/{cast.ChatId}/transcript.txt",
            };
            foreach (var path in paths)
            {
                var response = await http.GetAsync(path);
                await Http.ExpectAsync(response, HttpStatusCode.OK);
                AssertSecret(await response.Content.ReadAsStringAsync(), path);
            }
        }
    }

    private static void AssertSecret(string received, string where)
    {
        Assert.False(received.Contains(Cast.Q2, StringComparison.Ordinal) || received.Contains("zebrafinch", StringComparison.Ordinal), $"Q2's text leaked through {where}.");
        Assert.False(received.Contains(Cast.Q3, StringComparison.Ordinal) || received.Contains("okapi", StringComparison.Ordinal), $"Q3's text leaked through {where}.");
    }
}
