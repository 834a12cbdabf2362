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
        { "PUT", "api/chats/{chat}", """{"title":"Sneaky","questions":[]}""" },
        { "DELETE", "api/chats/{chat}", null },
        { "POST", "api/posts/{post}/hide", """{"reason":"spam"}""" },
        { "POST", "api/posts/{post}/unhide", null },
        { "POST", "api/posts/{post}/highlight", null },
        { "POST", "api/posts/{post}/unhighlight", null },
        { "PUT", "api/communities/{community}/bans/{handle}", """{"reason":"rude","minutes":10}""" },
        { "DELETE", "api/communities/{community}/bans/{handle}", null },
        { "GET", "api/communities/{community}/audit", null },
        { "GET", "api/communities/{community}/reports", null },
        { "PUT", "api/communities/{community}/settings", """{"name":"Hijacked","timeZone":"Europe/Paris"}""" },
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

    /// <summary>
    /// Its own app and chat: it makes every refusal itself, then reads the chat back, so it neither depends on the
    /// other cases having run first nor on the order they run in.
    /// </summary>
    [Fact]
    public async Task Chat_is_unchanged_after_every_refusal()
    {
        await using var app = TestApp.Start();
        var cast = await Cast.CreateAsync(app, start: true);
        var post = await cast.PostAsync(cast.Participant, "A post nobody but a moderator may touch");
        await using var participant = await app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);
        await using var reader = await app.ConnectAsync();

        foreach (var (method, path, body) in Endpoints.Select(row => row.Data))
        {
            var filled = ModeratorOnlyFixture.Fill(path, cast, post);
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendFilled(app.Anonymous(), method, filled, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendFilled(cast.Participant.Http, method, filled, body)).StatusCode);
        }

        foreach (var method in HubMethods.Select(row => row.Data))
        {
            await participant.RefusalAsync(method, Arguments(method, cast, post));
            await reader.RefusalAsync(method, Arguments(method, cast, post));
        }

        var chat = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
        Assert.Equal(("live", 0, false, false), (chat.Status, chat.SlowModeSeconds, chat.Locked, chat.Autopilot));
        Assert.Equal(3, chat.Questions.Count);
        Assert.All(chat.Questions, q => Assert.Null(q.AskedAt));
        var only = Assert.Single(await cast.PostsAsync(cast.Moderator.Http));
        Assert.Equal(post.Id, only.Id);
        Assert.False(only.Hidden || only.Highlighted);
        Assert.Equal(["chat.started", "chat.planned", "moderator.named"], (await cast.AuditAsync()).Select(a => a.Action));
        var chats = await Http.ReadAsync<List<ChatView>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/chats"), HttpStatusCode.OK);
        Assert.Equal(cast.ChatId, Assert.Single(chats).Id);
    }

    private object?[] Arguments(string method) => Arguments(method, fixture.Cast, fixture.Post);

    private static object?[] Arguments(string method, Cast cast, PostView post) => method switch
    {
        "Start" or "End" => [cast.ChatId],
        "Ask" => [cast.ChatId, 2],
        "Hide" => [post.Id, "spam"],
        "Unhide" => [post.Id],
        "Highlight" => [post.Id, true],
        "SetSlowMode" => [cast.ChatId, 30],
        "SetLock" => [cast.ChatId, true],
        "Ban" => [Cast.Community, cast.Guest.Handle, null],
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    private Task<HttpResponseMessage> Send(HttpClient client, string method, string path, string? body) =>
        SendFilled(client, method, fixture.Fill(path), body);

    private static async Task<HttpResponseMessage> SendFilled(HttpClient client, string method, string filledPath, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), filledPath);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private async Task<int> AuditCountAsync() => (await fixture.Cast.AuditAsync()).Count;
}
