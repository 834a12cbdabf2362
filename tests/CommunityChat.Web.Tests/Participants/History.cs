using System.Net.Http.Json;

namespace CommunityChat.Web.Tests.Participants;

/// <summary>Runs chats of the Cast's community one after another: plan, start, ask Q1, posts, end (SPEC rule 32's tests).</summary>
internal sealed class History(Cast cast)
{
    private int _chats;

    /// <summary>Plans and starts a chat with one question, asked at once; the Cast's own first chat when none ran yet.</summary>
    public async Task<ChatView> StartAsync()
    {
        _chats++;
        if (_chats == 1)
        {
            await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/start", null), HttpStatusCode.OK);
            await cast.AskAsync(1);
            return cast.Chat;
        }

        var chat = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = $"Chat {_chats}",
            topic = "Weekly",
            format = "1 question",
            scheduledStart = DateTimeOffset.UtcNow,
            durationMinutes = 60,
            guests = Array.Empty<string>(),
            questions = new object[] { new { number = 1, text = $"Question of chat {_chats}" } },
        }), HttpStatusCode.Created);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{chat.Id}/start", null), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{chat.Id}/questions/1/ask", null), HttpStatusCode.Created);
        return chat;
    }

    public static async Task<PostView> PostAsync(Person author, ChatView chat, string text) =>
        await Http.ReadAsync<PostView>(await author.Http.PostAsJsonAsync($"api/chats/{chat.Id}/posts", new { text }), HttpStatusCode.Created);

    public async Task EndAsync(ChatView chat) =>
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{chat.Id}/end", null), HttpStatusCode.OK);

    /// <summary>A new account that has agreed to the code of conduct.</summary>
    public async Task<Person> PersonAsync(string handle)
    {
        var person = await cast.App.SignUpAsync(handle, handle[..1].ToUpperInvariant() + handle[1..]);
        await cast.AgreeAsync(person);
        return person;
    }
}
