namespace CommunityChat.Web.Tests.Accounts;

/// <summary>
/// Issue 9, item 2 (the cookie half): signing out did not invalidate a copied auth cookie. Now signing out and changing
/// the password give the account a new security stamp: a cookie issued before is refused at its next request, and the
/// room connections it opened are closed.
/// </summary>
public sealed class CookieSessionTests : IAsyncLifetime
{
    private const string NewPassword = "a brand new passphrase";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Signing_out_ends_a_copied_cookie_and_closes_the_room_connection_it_opened()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var (browser, cookies) = await SignedInBrowserAsync(cast.Participant.Handle);
        var (copy, copiedCookies) = _app.Browser(Copy(cookies));
        await using var room = await RoomClient.ConnectAsync(_app.BaseAddress, token: null, cookies: copiedCookies);
        await room.JoinAsync(cast.ChatId);
        Assert.Equal("Posted with a copied cookie", (await room.SendAsync(cast.ChatId, "Posted with a copied cookie")).Text);

        await Http.ExpectAsync(await browser.SubmitAsync("account/signout", "account/signout", new Dictionary<string, string>()), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("api/tokens")).StatusCode);
        await room.Closed.WaitAsync(RoomClient.Timeout);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "After signing out" })).StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var (browser, cookies) = await SignedInBrowserAsync(cast.Participant.Handle);
        var (copy, copiedCookies) = _app.Browser(Copy(cookies));
        await using var elsewhere = await RoomClient.ConnectAsync(_app.BaseAddress, token: null, cookies: copiedCookies);
        await elsewhere.JoinAsync(cast.ChatId);

        var changed = await browser.SubmitAsync("account/profile", "account/profile?handler=Password",
            new Dictionary<string, string> { ["CurrentPassword"] = TestApp.Password, ["NewPassword"] = NewPassword });

        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("api/tokens")).StatusCode);
        await elsewhere.Closed.WaitAsync(RoomClient.Timeout);
        await using var here = await RoomClient.ConnectAsync(_app.BaseAddress, token: null, cookies: cookies);
        await here.JoinAsync(cast.ChatId);
        Assert.Equal("Still signed in here", (await here.SendAsync(cast.ChatId, "Still signed in here")).Text);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync(cast.Participant.Handle, TestApp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TokenAsync(cast.Participant.Handle, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_says_so()
    {
        var cast = await Cast.CreateAsync(_app);
        var (browser, cookies) = await SignedInBrowserAsync(cast.Participant.Handle);
        var (copy, _) = _app.Browser(Copy(cookies));

        var refused = await browser.SubmitAsync("account/profile", "account/profile?handler=Password",
            new Dictionary<string, string> { ["CurrentPassword"] = "not my password", ["NewPassword"] = NewPassword });

        Assert.Contains("Your current password is wrong.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await TokenAsync(cast.Participant.Handle, TestApp.Password)).StatusCode);
    }

    private async Task<(HttpClient Http, CookieContainer Cookies)> SignedInBrowserAsync(string handle)
    {
        var browser = _app.Browser();
        await Http.ExpectAsync(await browser.Http.SubmitAsync("account/signin", "account/signin",
            new Dictionary<string, string> { ["Handle"] = handle, ["Password"] = TestApp.Password }), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("api/tokens")).StatusCode);
        return browser;
    }

    /// <summary>What someone who copied the browser's cookies holds: the same auth cookie, in another jar.</summary>
    private static CookieContainer Copy(CookieContainer cookies)
    {
        var jar = new CookieContainer();
        jar.Add(cookies.GetAllCookies());
        return jar;
    }

    private Task<HttpResponseMessage> TokenAsync(string handle, string password) =>
        _app.Anonymous().PostAsJsonAsync("api/tokens", new { handle, password, name = "check" });
}
