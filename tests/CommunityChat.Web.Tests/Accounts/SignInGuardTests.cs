namespace CommunityChat.Web.Tests.Accounts;

/// <summary>
/// Issue 9, item 3: ten wrong passwords from anyone used to lock the account itself, so anyone could lock a host out
/// just before their chat. Now they pause the address that sent them, for that handle; the owner signs in from
/// elsewhere. (Clients are told apart by X-Forwarded-For, which the app believes from this machine, as from a proxy.)
/// </summary>
public sealed class SignInGuardTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Wrong_passwords_pause_the_address_that_sent_them_and_never_lock_the_owner_out()
    {
        await _app.SignUpAsync("host");

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await TokenAsync("203.0.113.9", "not the password")).StatusCode);
        }

        var attackerAgain = await TokenAsync("203.0.113.9", TestApp.Password);
        var owner = await TokenAsync("198.51.100.4", TestApp.Password);

        Assert.Equal("Too many wrong passwords. Wait five minutes and try again.", await Http.ProblemDetailAsync(attackerAgain, HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.Created, owner.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_pauses_the_address_too_and_says_so()
    {
        await _app.SignUpAsync("host");
        for (var i = 0; i < 10; i++)
        {
            await TokenAsync("203.0.113.10", "not the password");
        }

        var browser = _app.Anonymous();
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.10");
        var page = await browser.SubmitAsync("account/signin", "account/signin", new Dictionary<string, string> { ["Handle"] = "host", ["Password"] = TestApp.Password });

        Assert.Contains("Too many wrong passwords. Wait five minutes and try again.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> TokenAsync(string address, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/tokens") { Content = JsonContent.Create(new { handle = "host", password, name = "t" }) };
        request.Headers.Add("X-Forwarded-For", address);
        return await _app.Anonymous().SendAsync(request);
    }
}
