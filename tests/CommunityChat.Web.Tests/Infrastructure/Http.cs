using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CommunityChat.Web.Tests.Infrastructure;

public static class Http
{
    /// <summary>Reads the API's camelCase JSON; enums stay strings, as on the wire.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Fails with the response body in the message, so a wrong status explains itself.</summary>
    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"Expected {(int)status} {status} from {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}, got {(int)response.StatusCode} {response.StatusCode}: {body}");
        }
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        await ExpectAsync(response, status);
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    /// <summary>The problem details a client shows: asserts the status and the problem+json shape, returns the detail.</summary>
    public static async Task<string> ProblemDetailAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        await ExpectAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemView>(Json);
        Assert.NotNull(problem);
        Assert.Equal((int)status, problem.Status);
        Assert.False(string.IsNullOrWhiteSpace(problem.Detail), "The problem details carry no human detail.");
        return problem.Detail!;
    }

    public static async Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return await client.SendAsync(request);
    }
}

public sealed record ProblemView(int? Status, string? Title, string? Detail);

public sealed record TokenView(string Token);

public sealed record AccountView(string Handle, string DisplayName, bool IsAdmin);

public sealed record CommunityView(string Slug, string Name, string Hashtag, string Url, IReadOnlyList<string> Moderators);

public sealed record AuthorView(string Handle, string DisplayName, string Role, bool Newcomer = false);

public sealed record PostView(
    long Id, int ChatId, long? Sequence, string Kind, string? Label, int? QuestionNumber, string? Part, long? ReplyToId,
    AuthorView Author, string Text, string Html, DateTime CreatedAt, int Likes, bool Highlighted, bool Hidden,
    DateTime? EditedAt = null, string? HiddenReason = null, bool Held = false, bool Rejected = false, string? RejectedReason = null, string? HeldFor = null);

public sealed record GuestView(string Handle, string DisplayName, string? Bio = null);

public sealed record QuestionView(int Number, string Text, int? OffsetMinutes, DateTime? AskedAt);

public sealed record ChatView(
    int Id, string CommunitySlug, string Slug, string Url, string Title, string Hashtag, string Status, DateTime? StartedAt,
    DateTime? EndedAt, IReadOnlyList<GuestView> Guests, IReadOnlyList<QuestionView> Questions, bool Autopilot, int SlowModeSeconds,
    bool Locked);

public sealed record JoinView(ChatView Chat, IReadOnlyList<QuestionView> Questions, IReadOnlyList<PostView> Posts, int Online, bool Moderator, IReadOnlyList<long> Hidden, bool More, IReadOnlyList<PostView>? Held = null);

public sealed record AuditView(DateTime At, string Actor, string Action, int? ChatId, string? Target, string? Detail);

public sealed record ReportView(long Id, long PostId, string Reason, string Status, DateTime CreatedAt);

public sealed record ReporterView(string Handle, string DisplayName);

public sealed record ReportItemView(long Id, string Status, string Reason, DateTime CreatedAt, ReporterView Reporter, PostView Post, string? HandledBy, DateTime? HandledAt);
