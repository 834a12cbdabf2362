namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// Issue 9, item 8: behind a TLS proxy the app believes the proxy's forwarded scheme (so HSTS and secure cookies
/// follow), believes it only from known proxies, and names no server software.
/// </summary>
public sealed class ProxyTests
{
    [Fact]
    public async Task Over_the_proxys_tls_answers_carry_hsts_and_no_server_header()
    {
        await using var app = TestApp.Start(environment: "Production");

        var overTls = await SendAsync(app, forwardedProto: "https");
        var plain = await SendAsync(app, forwardedProto: null);

        Assert.True(overTls.Headers.Contains("Strict-Transport-Security"));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.False(overTls.Headers.Contains("Server"));
        Assert.False(plain.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        await using var app = TestApp.Start(
            new Dictionary<string, string?> { ["CommunityChat:ForwardedHeaders:KnownProxies:0"] = "10.1.2.3" }, environment: "Production");

        var spoofed = await SendAsync(app, forwardedProto: "https");

        Assert.False(spoofed.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<HttpResponseMessage> SendAsync(TestApp app, string? forwardedProto)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "account/signin");
        // HSTS is never sent to localhost: the proxy forwards the public host name.
        request.Headers.Host = "chat.example.org";
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        var response = await app.Anonymous().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
