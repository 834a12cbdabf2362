using System.Globalization;
using System.Net.Http.Json;

namespace CommunityChat.LoadTests;

/// <summary>Creates, through the public API, an admin, a community, a live chat with Q1 asked, and the participants.</summary>
internal sealed record RoomSetup(int ChatId, IReadOnlyList<string?> ParticipantTokens)
{
    private const string Password = "load-test-password";

    /// <summary>The bare hub's room: chat 1, nobody signed in.</summary>
    public static RoomSetup Bare(LoadOptions options) => new(1, new string?[options.Participants]);

    public static async Task<RoomSetup> CreateAsync(HttpClient http, LoadOptions options)
    {
        var run = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        var admin = await AccountAsync(http, $"load{run}");
        var slug = $"load-{run}";
        using var client = Authorized(http, admin);
        await Ok(client.PostAsJsonAsync("api/communities", new { slug, name = "Load test " + run, hashtag = "LoadTest", timeZone = "UTC" }));
        var chat = await Read<CreatedChat>(await client.PostAsJsonAsync($"api/communities/{slug}/chats", new
        {
            title = "Load " + run,
            scheduledStart = DateTimeOffset.UtcNow,
            durationMinutes = 60,
            questions = new[] { new { number = 1, text = "How fast can we go?" } },
        }));
        await Ok(client.PostAsync($"api/chats/{chat.Id}/start", null));
        await Ok(client.PostAsync($"api/chats/{chat.Id}/questions/1/ask", null));

        var tokens = new List<string?>();
        for (var i = 0; i < options.Participants; i++)
        {
            tokens.Add(await AccountAsync(http, $"p{run}_{i}"));
        }

        return new RoomSetup(chat.Id, tokens);
    }

    private static async Task<string> AccountAsync(HttpClient http, string handle)
    {
        await Ok(http.PostAsJsonAsync("api/accounts", new { handle, displayName = handle, password = Password }));
        var created = await Read<CreatedToken>(await http.PostAsJsonAsync("api/tokens", new { handle, password = Password, name = "load" }));
        return created.Token;
    }

    private static HttpClient Authorized(HttpClient http, string token)
    {
        var client = new HttpClient { BaseAddress = http.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        using var response = await call;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static async Task<T> Read<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    private sealed record CreatedChat(int Id);

    private sealed record CreatedToken(string Token);
}
