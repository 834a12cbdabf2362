using CommunityChat.Web.Base.Live;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// Issue 9: every API endpoint (read from the app's own endpoint metadata) and every hub method (read by reflection on
/// ChatHub) has a row saying which of seven people may call it; a new endpoint or method without a row fails here.
/// Each person calls each one: a refused call is a refusal (401, 403 or 404; a HubException with a refusal's sentence)
/// and leaves every table of the database as it was; an allowed call succeeds, on a scene of its own.
/// </summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    private static readonly ApiRow[] ApiRows =
    [
        new("POST /api/accounts", "api/accounts", Who.Anyone, """{"handle":"new{n}","displayName":"New person","password":"{password}"}"""),
        new("POST /api/tokens", "api/tokens", Who.Anyone, """{"handle":"pat","password":"{password}","name":"from anywhere {n}"}"""),
        new("GET /api/tokens", "api/tokens", Who.SignedIn),
        new("DELETE /api/tokens/{id:int}", "api/tokens/{token}", Who.Owner),
        new("GET /api/communities/", "api/communities", Who.Anyone),
        new("GET /api/communities/{slug}", "api/communities/{community}", Who.Anyone),
        new("POST /api/communities/", "api/communities", Who.Admin, """{"slug":"new{n}","name":"New","hashtag":"New{n}","description":"","codeOfConduct":"","timeZone":"UTC"}"""),
        new("PUT /api/communities/{slug}/moderators/{handle}", "api/communities/{community}/moderators/tim", Who.Admin),
        new("DELETE /api/communities/{slug}/moderators/{handle}", "api/communities/{community}/moderators/tim", Who.Admin),
        new("PUT /api/communities/{slug}/settings", "api/communities/{community}/settings", Who.Moderators, """{"description":"Changed {n}"}"""),
        new("POST /api/communities/{slug}/agreement", "api/communities/{community}/agreement", Who.SignedIn),
        new("GET /api/communities/{slug}/chats", "api/communities/{community}/chats", Who.Anyone),
        new("GET /api/communities/{slug}/people", "api/communities/{community}/people", Who.Anyone),
        new("POST /api/communities/{slug}/chats", "api/communities/{community}/chats", Who.Moderators, """{"title":"Planned {n}","scheduledStart":"2030-01-01T18:00:00Z","durationMinutes":60}"""),
        new("GET /api/chats/{id:int}", "api/chats/{chat}", Who.Anyone),
        new("GET /api/chats/{id:int}/calendar.ics", "api/chats/{chat}/calendar.ics", Who.Anyone),
        new("POST /api/chats/{id:int}/next", "api/chats/{chat}/next", Who.Moderators),
        new("POST /api/chats/{id:int}/start", "api/chats/{scheduled}/start", Who.Moderators),
        new("POST /api/chats/{id:int}/end", "api/chats/{chat}/end", Who.Moderators),
        new("POST /api/chats/{id:int}/questions/{n:int}/ask", "api/chats/{chat}/questions/3/ask", Who.Moderators),
        new("PUT /api/chats/{id:int}/settings", "api/chats/{chat}/settings", Who.Moderators, """{"slowModeSeconds":30,"locked":true}"""),
        new("PUT /api/chats/{id:int}", "api/chats/{chat}", Who.Moderators, """{"title":"Renamed {n}"}"""),
        new("DELETE /api/chats/{id:int}", "api/chats/{scheduled}", Who.Moderators),
        new("GET /api/chats/{id:int}/posts", "api/chats/{chat}/posts?after=0", Who.Anyone),
        new("POST /api/chats/{id:int}/posts", "api/chats/{chat}/posts", Who.Members, """{"text":"A1 Allowed to answer {n}"}"""),
        new("PUT /api/posts/{id:long}", "api/posts/{post}", Who.Owner, """{"text":"A1 Edited {n}"}"""),
        new("DELETE /api/posts/{id:long}", "api/posts/{post}", Who.Owner),
        new("GET /api/posts/{id:long}/revisions", "api/posts/{post}/revisions", Who.Moderators),
        new("POST /api/posts/{id:long}/likes", "api/posts/{bystanderPost}/likes", Who.Members),
        new("DELETE /api/posts/{id:long}/likes", "api/posts/{bystanderPost}/likes", Who.Members),
        new("POST /api/posts/{id:long}/reports", "api/posts/{bystanderPost}/reports", Who.Members, """{"reason":"spam"}"""),
        new("GET /api/communities/{slug}/reports", "api/communities/{community}/reports", Who.Moderators),
        new("POST /api/posts/{id:long}/hide", "api/posts/{post}/hide", Who.Moderators, """{"reason":"off topic"}"""),
        new("POST /api/posts/{id:long}/unhide", "api/posts/{post}/unhide", Who.Moderators),
        new("POST /api/posts/{id:long}/highlight", "api/posts/{post}/highlight", Who.Moderators),
        new("POST /api/posts/{id:long}/unhighlight", "api/posts/{post}/unhighlight", Who.Moderators),
        new("GET /api/chats/{id:int}/held", "api/chats/{chat}/held", Who.Moderators),
        new("POST /api/posts/{id:long}/approve", "api/posts/{held}/approve", Who.Moderators),
        new("POST /api/posts/{id:long}/reject", "api/posts/{held}/reject", Who.Moderators, """{"reason":"not now"}"""),
        new("POST /api/posts/{id:long}/move", "api/posts/{post}/move", Who.Moderators, """{"questionNumber":2}"""),
        new("PUT /api/communities/{slug}/bans/{handle}", "api/communities/{community}/bans/tim", Who.Moderators, """{"reason":"rude","minutes":10}"""),
        new("DELETE /api/communities/{slug}/bans/{handle}", "api/communities/{community}/bans/tim", Who.Moderators),
        new("GET /api/communities/{slug}/audit", "api/communities/{community}/audit", Who.Moderators),
        new("POST /api/chats/{id:int}/polls", "api/chats/{chat}/polls", Who.Moderators, """{"question":"Which?","options":["This","That"],"seconds":60}"""),
        new("POST /api/polls/{id:long}/votes", "api/polls/{poll}/votes", Who.Members, """{"option":0}"""),
        new("GET /api/chats/{id:int}/polls", "api/chats/{chat}/polls", Who.Anyone),
        new("POST /api/chats/{id:int}/suggestions", "api/chats/{chat}/suggestions", Who.Members, """{"text":"Ask this {n}"}"""),
        new("GET /api/chats/{id:int}/suggestions", "api/chats/{chat}/suggestions", Who.Anyone),
        new("POST /api/suggestions/{id:long}/votes", "api/suggestions/{suggestion}/votes", Who.Members),
        new("POST /api/suggestions/{id:long}/ask", "api/suggestions/{suggestion}/ask", Who.Moderators),
        new("POST /api/suggestions/{id:long}/dismiss", "api/suggestions/{suggestion}/dismiss", Who.Moderators),
        new("GET /api/chats/{id:int}/transcript", "api/chats/{chat}/transcript", Who.Anyone),
        new("GET /api/chats/{id:int}/transcript.{format}", "api/chats/{chat}/transcript.md", Who.Anyone),
        new("GET /api/chats/{id:int}/recap.md", "api/chats/{recap}/recap.md", Who.Anyone),
        new("GET /api/chats/{id:int}/recap.html", "api/chats/{recap}/recap.html", Who.Anyone),
        new("GET /api/chats/{id:int}/recap/", "api/chats/{chat}/recap", Who.Moderators),
        new("POST /api/chats/{id:int}/recap/draft", "api/chats/{chat}/recap/draft", Who.Moderators),
        new("PUT /api/chats/{id:int}/recap/", "api/chats/{chat}/recap", Who.Moderators, """{"markdown":"# Draft {n}","publish":false}"""),
        new("POST /api/chats/{id:int}/recap/preview", "api/chats/{chat}/recap/preview", Who.Moderators, """{"markdown":"# Preview"}"""),
        new("POST /api/communities/{slug}/imports", "api/communities/{community}/imports?title=Imported%20{n}", Who.Moderators,
            "text:A1: Listening before talking {n}. #TagSmarter\n— Ana Lima (@ana_lima) June 6, 2019\n"),
        new("POST /api/claims", "api/claims", Who.SignedIn, """{"handle":"{claimable}"}"""),
        new("GET /api/claims", "api/claims", Who.SignedIn),
        new("GET /api/communities/{slug}/claims", "api/communities/{community}/claims", Who.Moderators),
        new("POST /api/claims/{id:int}/confirm", "api/claims/{claim}/confirm", Who.Moderators),
        new("POST /api/claims/{id:int}/decline", "api/claims/{claim}/decline", Who.Moderators),
        new("GET /api/search", "api/search?q=answer", Who.Anyone),
    ];

    private static readonly HubRow[] HubRows =
    [
        new("Join", Who.Anyone, s => Args(s.ChatId, 0L)),
        new("Leave", Who.Anyone, s => Args(s.ChatId)),
        new("Send", Who.Members, s => Args(s.ChatId, $"A1 Sent over the hub {s.N}", null, null)),
        new("Like", Who.Members, async s => [await s.IdAsync("bystanderPost")]),
        new("Unlike", Who.Members, async s => [await s.IdAsync("bystanderPost")]),
        new("Edit", Who.Owner, async s => [await s.IdAsync("post"), $"A1 Edited over the hub {s.N}"]),
        new("Delete", Who.Owner, async s => [await s.IdAsync("post")]),
        new("Report", Who.Members, async s => [await s.IdAsync("bystanderPost"), "spam"]),
        new("Vote", Who.Members, async s => [await s.IdAsync("poll"), 0]),
        new("Suggest", Who.Members, s => Args(s.ChatId, $"Ask this over the hub {s.N}")),
        new("VoteSuggestion", Who.Members, async s => [await s.IdAsync("suggestion")]),
        new("Start", Who.Moderators, async s => [(int)await s.IdAsync("scheduled")]),
        new("End", Who.Moderators, s => Args(s.ChatId)),
        new("Ask", Who.Moderators, s => Args(s.ChatId, 3)),
        new("SetSlowMode", Who.Moderators, s => Args(s.ChatId, 30)),
        new("SetLock", Who.Moderators, s => Args(s.ChatId, true)),
        new("SetAutopilot", Who.Moderators, s => Args(s.ChatId, true)),
        new("SetPremoderation", Who.Moderators, s => Args(s.ChatId, true)),
        new("Hide", Who.Moderators, async s => [await s.IdAsync("post"), "off topic"]),
        new("Unhide", Who.Moderators, async s => [await s.IdAsync("post")]),
        new("Highlight", Who.Moderators, async s => [await s.IdAsync("post"), true]),
        new("Approve", Who.Moderators, async s => [await s.IdAsync("held")]),
        new("Reject", Who.Moderators, async s => [await s.IdAsync("held"), "not now"]),
        new("Move", Who.Moderators, async s => [await s.IdAsync("post"), 2]),
        new("Ban", Who.Moderators, s => Args(MatrixWorld.Community, "tim", 10)),
        new("BanPerson", Who.Moderators, s => Args(MatrixWorld.Community, "tim", new { reason = "rude", minutes = 10 })),
        new("OpenPoll", Who.Moderators, s => Args(s.ChatId, "Which?", new[] { "This", "That" }, 60)),
        new("AskSuggestion", Who.Moderators, async s => [await s.IdAsync("suggestion")]),
        new("DismissSuggestion", Who.Moderators, async s => [await s.IdAsync("suggestion")]),
        new("HideReported", Who.Moderators, async s => [await s.IdAsync("report")]),
        new("DismissReport", Who.Moderators, async s => [await s.IdAsync("report")]),
        new("BanReported", Who.Moderators, async s => [MatrixWorld.Community, await s.IdAsync("report")]),
    ];

    /// <summary>The sentences that refuse who someone is (not what they asked): a refused hub call must end with one.</summary>
    private static readonly string[] RefusalSentences =
    [
        "Sign in first.",
        "Only a moderator of this community can do that.",
        "Only an admin can do that.",
        "Only its author can edit or delete a post.",
        "You're banned from this community",
        "There is no such",
    ];

    /// <summary>The matrix makes hundreds of calls as the same few people: the per-account throttles are not what it tests.</summary>
    private readonly TestApp _app = TestApp.Start(new Dictionary<string, string?>
    {
        ["CommunityChat:Liking:Burst"] = "100000",
        ["CommunityChat:Editing:Burst"] = "100000",
        ["CommunityChat:Reporting:Burst"] = "100000",
        ["CommunityChat:Suggesting:Burst"] = "100000",
    });
    private MatrixWorld _world = null!;
    private HttpClient _reader = null!;

    public async ValueTask InitializeAsync()
    {
        _world = await MatrixWorld.CreateAsync(_app);
        _reader = _app.Anonymous();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public void Every_api_endpoint_and_hub_method_has_a_row()
    {
        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .ToHashSet();
        var methods = typeof(ChatHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.Name is not (nameof(ChatHub.OnConnectedAsync) or nameof(ChatHub.OnDisconnectedAsync)))
            .Select(m => m.Name)
            .ToHashSet();

        Assert.Empty(routes.Except(ApiRows.Select(r => r.Route)).Order());
        Assert.Empty(ApiRows.Select(r => r.Route).Except(routes).Order());
        Assert.Empty(methods.Except(HubRows.Select(r => r.Method)).Order());
        Assert.Empty(HubRows.Select(r => r.Method).Except(methods).Order());
    }

    [Fact]
    public async Task Every_api_endpoint_refuses_whom_it_should_without_changing_anything_and_serves_the_others()
    {
        var problems = new List<string>();
        foreach (var row in ApiRows)
        {
            var scene = await MatrixScene.CreateAsync(_world);
            foreach (var role in Who.Anyone.Except(row.Allowed))
            {
                var request = await RequestAsync(row, scene);
                var before = await DatabaseChecksum.ReadAsync(_app);
                var response = await SendAsync(role, request);
                var after = await DatabaseChecksum.ReadAsync(_app);
                if ((int)response.StatusCode is not (401 or 403 or 404))
                {
                    problems.Add($"{row.Route} as {role}: expected a refusal, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                else if (after != before)
                {
                    problems.Add($"{row.Route} as {role}: refused with {(int)response.StatusCode} but changed {DatabaseChecksum.Difference(before, after)}");
                }
            }

            foreach (var role in row.Allowed)
            {
                scene = role == row.Allowed[0] ? scene : await MatrixScene.CreateAsync(_world);
                var response = await SendAsync(role, await RequestAsync(row, scene));
                if (!response.IsSuccessStatusCode)
                {
                    problems.Add($"{row.Route} as {role}: expected success, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_hub_method_refuses_whom_it_should_without_changing_anything_and_serves_the_others()
    {
        var connections = new Dictionary<Role, RoomClient>();
        foreach (var role in Who.Anyone)
        {
            connections[role] = await _app.ConnectAsync(role == Role.Reader ? null : _world.People[role]);
        }

        var problems = new List<string>();
        try
        {
            foreach (var row in HubRows)
            {
                var scene = await MatrixScene.CreateAsync(_world);
                foreach (var role in Who.Anyone.Except(row.Allowed))
                {
                    var arguments = await row.Arguments(scene);
                    var before = await DatabaseChecksum.ReadAsync(_app);
                    var refusal = await RefusalAsync(connections[role], row.Method, arguments);
                    var after = await DatabaseChecksum.ReadAsync(_app);
                    if (refusal is null || !RefusalSentences.Any(s => refusal.StartsWith(s, StringComparison.Ordinal)))
                    {
                        problems.Add($"{row.Method} as {role}: expected a refusal of who they are, got {refusal ?? "success"}");
                    }
                    else if (after != before)
                    {
                        problems.Add($"{row.Method} as {role}: refused (\"{refusal}\") but changed {DatabaseChecksum.Difference(before, after)}");
                    }
                }

                foreach (var role in row.Allowed)
                {
                    scene = role == row.Allowed[0] ? scene : await MatrixScene.CreateAsync(_world);
                    if (await RefusalAsync(connections[role], row.Method, await row.Arguments(scene)) is { } refusal)
                    {
                        problems.Add($"{row.Method} as {role}: expected success, got \"{refusal}\"");
                    }
                }
            }
        }
        finally
        {
            foreach (var connection in connections.Values)
            {
                await connection.DisposeAsync();
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static Task<object?[]> Args(params object?[] arguments) => Task.FromResult(arguments);

    private static async Task<(HttpMethod Method, string Path, string? Body)> RequestAsync(ApiRow row, MatrixScene scene) =>
        (new HttpMethod(row.Route[..row.Route.IndexOf(' ', StringComparison.Ordinal)]), await scene.FillAsync(row.Path),
            row.Body is null ? null : await scene.FillAsync(row.Body));

    private async Task<HttpResponseMessage> SendAsync(Role role, (HttpMethod Method, string Path, string? Body) request)
    {
        var client = role == Role.Reader ? _reader : _world.People[role].Http;
        using var message = new HttpRequestMessage(request.Method, request.Path);
        if (request.Body is { } body)
        {
            message.Content = body.StartsWith("text:", StringComparison.Ordinal)
                ? new StringContent(body["text:".Length..], System.Text.Encoding.UTF8, "text/plain")
                : new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        var response = await client.SendAsync(message);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>The refusal's sentence, or null when the call succeeded.</summary>
    private static async Task<string?> RefusalAsync(RoomClient connection, string method, object?[] arguments)
    {
        try
        {
            await connection.Connection.InvokeCoreAsync(method, typeof(object), arguments);
            return null;
        }
        catch (HubException exception)
        {
            return RoomClient.UserMessage(exception);
        }
    }
}
