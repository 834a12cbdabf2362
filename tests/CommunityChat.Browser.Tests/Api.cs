using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Infrastructure;

namespace CommunityChat.Browser.Tests;

/// <summary>Sets up data through the app's public HTTP API, as a bot or an integration would.</summary>
public sealed class Api(Uri baseAddress) : IDisposable
{
    public const string Password = "correct horse battery";

    private static readonly JsonSerializerOptions Json = CreateJsonOptions();
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };
    private int _handles;

    public async Task<Person> CreatePersonAsync(string prefix, string displayName)
    {
        var handle = $"{prefix}{Interlocked.Increment(ref _handles)}";
        await SendAsync<JsonElement>(HttpMethod.Post, "/api/accounts", null, new { handle, displayName, password = Password });
        var token = await SendAsync<JsonElement>(HttpMethod.Post, "/api/tokens", null, new { handle, password = Password, name = "browser tests" });
        return new Person(handle, displayName, Password, token.GetProperty("token").GetString()!);
    }

    /// <summary>A community run by a fresh moderator, with a guest and a participant, and a scheduled chat (Q1–Q3 planned).</summary>
    public async Task<ChatScene> CreateSceneAsync(Person admin)
    {
        var n = Interlocked.Increment(ref _handles);
        var community = $"community-{n}";
        var moderator = await CreatePersonAsync("mod", "Morgan Moderator");
        var guest = await CreatePersonAsync("guest", "Gene Petrov");
        var participant = await CreatePersonAsync("pat", "Pat Participant");
        await SendAsync<JsonElement>(HttpMethod.Post, "/api/communities", admin, new
        {
            slug = community,
            name = $"Community {n}",
            hashtag = $"Chat{n}",
            description = "A weekly chat about communities.",
            codeOfConduct = "Be kind.",
            timeZone = "UTC",
        });
        await SendAsync(HttpMethod.Put, $"/api/communities/{community}/moderators/{moderator.Handle}", admin, null);
        // The scene's participant has agreed to the code of conduct (rule 26) already; AgreementTests meets it fresh.
        await SendAsync(HttpMethod.Post, $"/api/communities/{community}/agreement", participant, null);
        var chat = await SendAsync<ChatDto>(HttpMethod.Post, $"/api/communities/{community}/chats", moderator, new
        {
            title = "The Role of Leadership in Social Media Communities",
            topic = "Leadership",
            format = "3 questions directed at the guest. Everyone's welcome to share.",
            scheduledStart = DateTimeOffset.UtcNow,
            durationMinutes = 60,
            guests = new[] { guest.Handle },
            questions = new object[]
            {
                new { number = 1, text = ChatScene.Q1 },
                new { number = 2, text = "How do you welcome newcomers?" },
                new { number = 3, text = "What will you try next week?" },
            },
        });
        return new ChatScene(community, chat, moderator, guest, participant);
    }

    /// <summary>A draft in the scene's community, a week away, planned by its moderator.</summary>
    public Task<ChatDto> PlanDraftAsync(ChatScene scene, string title) =>
        SendAsync<ChatDto>(HttpMethod.Post, $"/api/communities/{scene.Community}/chats", scene.Moderator, new { title, scheduledStart = DateTimeOffset.UtcNow.AddDays(7), draft = true });

    /// <summary>A change to the chat's plan made elsewhere (another moderator, a bot): PUT /api/chats/{id}.</summary>
    public Task ChangePlanAsync(ChatScene scene, object change) =>
        SendAsync(HttpMethod.Put, $"/api/chats/{scene.Chat.Id}", scene.Moderator, change);

    public Task StartAsync(ChatScene scene) =>
        SendAsync(HttpMethod.Post, $"/api/chats/{scene.Chat.Id}/start", scene.Moderator, null);

    public Task EndAsync(ChatScene scene) =>
        SendAsync(HttpMethod.Post, $"/api/chats/{scene.Chat.Id}/end", scene.Moderator, null);

    public Task AskAsync(ChatScene scene, int number) =>
        SendAsync(HttpMethod.Post, $"/api/chats/{scene.Chat.Id}/questions/{number}/ask", scene.Moderator, null);

    public Task<PostDto> PostAsync(ChatScene scene, Person author, string text, int? questionNumber = null, long? replyToId = null) =>
        SendAsync<PostDto>(HttpMethod.Post, $"/api/chats/{scene.Chat.Id}/posts", author, new { text, questionNumber, replyToId });

    public Task LikeAsync(Person who, long postId) =>
        SendAsync(HttpMethod.Post, $"/api/posts/{postId}/likes", who, null);

    public Task HighlightAsync(ChatScene scene, long postId) =>
        SendAsync(HttpMethod.Post, $"/api/posts/{postId}/highlight", scene.Moderator, null);

    public Task HideAsync(ChatScene scene, long postId, string reason) =>
        SendAsync(HttpMethod.Post, $"/api/posts/{postId}/hide", scene.Moderator, new { reason });

    /// <summary>Agrees to the scene's community's code of conduct (rule 26), as "I agree" in the room does.</summary>
    public Task AgreeAsync(ChatScene scene, Person who) =>
        SendAsync(HttpMethod.Post, $"/api/communities/{scene.Community}/agreement", who, null);

    /// <summary>Reports a post, as the room's Report dialog does (rule 8).</summary>
    public Task ReportAsync(Person who, long postId, string reason) =>
        SendAsync(HttpMethod.Post, $"/api/posts/{postId}/reports", who, new { reason });

    /// <summary>Approve before publish (SPEC rule 20), as another moderator would set it.</summary>
    public Task SetPremoderationAsync(ChatScene scene, bool on) =>
        SendAsync(HttpMethod.Put, $"/api/chats/{scene.Chat.Id}/settings", scene.Moderator, new { premoderation = on });
    public Task SuggestAsync(ChatScene scene, Person author, string text) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"/api/chats/{scene.Chat.Id}/suggestions", author, new { text });

    /// <summary>Imports a pasted recap into the scene's community as its moderator (rule 15): an ended chat.</summary>
    public async Task ImportAsync(ChatScene scene, string recap, string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/communities/{scene.Community}/imports?title={Uri.EscapeDataString(title)}")
        {
            Content = new StringContent(recap, System.Text.Encoding.UTF8, "text/plain"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", scene.Moderator.Token);
        using var response = await _http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"import answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, Person? caller, object? body)
    {
        using var response = await SendAsync(method, path, caller, body);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Person? caller, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (caller is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", caller.Token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        var response = await _http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync();
            response.Dispose();
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {detail}");
        }

        return response;
    }

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        PlatformExtensions.Configure(options);
        return options;
    }

    public void Dispose() => _http.Dispose();
}
