namespace CommunityChat.Web.Tests.Moderation;

/// <summary>Every moderator endpoint and hub method refuses readers (401) and plain participants (403 / HubException).</summary>
public sealed class ModeratorOnlyTests(ModeratorOnlyFixture fixture) : IClassFixture<ModeratorOnlyFixture>
{
    private static string Refused => "Only a moderator of this community can do that.";

    public static TheoryData<string, string, string?> Endpoints => new()
    {
        { "POST", "api/communities/{community}/chats", """{"title":"Sneaky","scheduledStart":"2030-01-01T18:00:00Z","durationMinutes":60}""" },
        { "POST", "api/chats/{chat}/start", null },
        { "POST", "api/chats/{chat}/end", null },
        { "POST", "api/chats/{chat}/questions/2/ask", null },
        { "PUT", "api/chats/{chat}/settings", """{"slowModeSeconds":30,"locked":true,"autopilot":true}""" },
        { "POST", "api/posts/{post}/hide", """{"reason":"spam"}""" },
        { "POST", "api/posts/{post}/unhide", null },
        { "POST", "api/posts/{post}/highlight", null },
        { "POST", "api/posts/{post}/unhighlight", null },
        { "PUT", "api/communities/{community}/bans/{handle}", """{"reason":"rude","minutes":10}""" },
        { "DELETE", "api/communities/{community}/bans/{handle}", null },
        { "GET", "api/communities/{community}/audit", null },
    };

    public static TheoryData<string> HubMethods =>
        ["Start", "End", "Ask", "Hide", "Unhide", "Highlight", "SetSlowMode", "SetLock", "Ban"];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Moderator_endpoint_is_401_asking_a_reader_to_sign_in(string method, string path, string? body)
    {
        var before = await AuditCountAsync();

        var response = await Send(fixture.App.Anonymous(), method, path, body);

        Assert.Equal("Sign in first.", await Http.ProblemDetailAsync(response, HttpStatusCode.Unauthorized));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Moderator_endpoint_is_403_with_a_sentence_for_a_participant(string method, string path, string? body)
    {
        var before = await AuditCountAsync();

        var response = await Send(fixture.Cast.Participant.Http, method, path, body);

        Assert.Equal(Refused, await Http.ProblemDetailAsync(response, HttpStatusCode.Forbidden));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Theory]
    [MemberData(nameof(HubMethods))]
    public async Task Moderator_hub_method_is_refused_for_a_participant(string method)
    {
        var before = await AuditCountAsync();
        await using var participant = await fixture.App.ConnectAsync(fixture.Cast.Participant);
        await participant.JoinAsync(fixture.Cast.ChatId);

        var refusal = await participant.RefusalAsync(method, Arguments(method));

        Assert.Equal(Refused, refusal);
        Assert.Equal(before, await AuditCountAsync());
    }

    [Theory]
    [MemberData(nameof(HubMethods))]
    public async Task Moderator_hub_method_asks_a_reader_to_sign_in(string method)
    {
        await using var reader = await fixture.App.ConnectAsync();

        Assert.Equal("Sign in first.", await reader.RefusalAsync(method, Arguments(method)));
    }

    [Fact]
    public async Task Chat_is_unchanged_after_every_refusal()
    {
        var chat = await Http.ReadAsync<ChatView>(await fixture.Cast.Moderator.Http.GetAsync($"api/chats/{fixture.Cast.ChatId}"), HttpStatusCode.OK);
        var posts = await fixture.Cast.PostsAsync(fixture.Cast.Moderator.Http);

        Assert.Equal(("live", 0, false, false), (chat.Status, chat.SlowModeSeconds, chat.Locked, chat.Autopilot));
        Assert.All(chat.Questions, q => Assert.Null(q.AskedAt));
        var post = Assert.Single(posts);
        Assert.False(post.Hidden || post.Highlighted);
    }

    private object?[] Arguments(string method) => method switch
    {
        "Start" or "End" => [fixture.Cast.ChatId],
        "Ask" => [fixture.Cast.ChatId, 2],
        "Hide" => [fixture.Post.Id, "spam"],
        "Unhide" => [fixture.Post.Id],
        "Highlight" => [fixture.Post.Id, true],
        "SetSlowMode" => [fixture.Cast.ChatId, 30],
        "SetLock" => [fixture.Cast.ChatId, true],
        "Ban" => [Cast.Community, fixture.Cast.Guest.Handle, null],
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private async Task<HttpResponseMessage> Send(HttpClient client, string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), fixture.Fill(path));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private async Task<int> AuditCountAsync() => (await fixture.Cast.AuditAsync()).Count;
}
