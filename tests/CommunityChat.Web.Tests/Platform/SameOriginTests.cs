namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// Issue 9, item 5: a page on another site could make a signed-in browser post to the API without a body (start a
/// chat, hide, like) or open the hub's WebSocket with the cookie. Such requests are refused; the app's own pages and
/// clients with a token are not.
/// </summary>
public sealed class SameOriginTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_cookie_post_or_hub_negotiation_from_another_site_is_refused_and_nothing_changes()
    {
        var cast = await Cast.CreateAsync(_app);
        var browser = _app.Anonymous();
        var signedIn = await browser.SubmitAsync("account/signin", "account/signin",
            new Dictionary<string, string> { ["Handle"] = "mod", ["Password"] = TestApp.Password });
        Assert.True(signedIn.IsSuccessStatusCode || signedIn.StatusCode == HttpStatusCode.Redirect);

        var fromEvil = await SendAsync(browser, HttpMethod.Post, $"api/chats/{cast.ChatId}/start", origin: "https://evil.example");
        var fromSibling = await SendAsync(browser, HttpMethod.Post, $"api/chats/{cast.ChatId}/start", fetchSite: "same-site");
        var fromSandbox = await SendAsync(browser, HttpMethod.Post, $"api/chats/{cast.ChatId}/start", origin: "null");
        var hub = await SendAsync(browser, HttpMethod.Post, "hubs/chat/negotiate?negotiateVersion=1", origin: "https://evil.example");

        foreach (var refused in new[] { fromEvil, fromSibling, fromSandbox, hub })
        {
            Assert.Equal("Requests from other sites are refused.", await Http.ProblemDetailAsync(refused, HttpStatusCode.Forbidden));
        }

        Assert.Equal("scheduled", (await Http.ReadAsync<ChatView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK)).Status);

        var fromItself = await SendAsync(browser, HttpMethod.Post, $"api/chats/{cast.ChatId}/start", origin: _app.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.OK, fromItself.StatusCode);
    }

    [Fact]
    public async Task A_request_with_a_token_is_not_a_cookie_request_and_passes_from_anywhere()
    {
        var cast = await Cast.CreateAsync(_app);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/chats/{cast.ChatId}/start");
        request.Headers.Add("Origin", "https://tools.example");
        var response = await cast.Moderator.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? origin = null, string? fetchSite = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return await client.SendAsync(request);
    }
}
