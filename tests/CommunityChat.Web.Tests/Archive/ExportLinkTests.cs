namespace CommunityChat.Web.Tests.Archive;

/// <summary>SPEC rule 31: exports leave the site, so their link to the chat is absolute (PublicUrl, else the request's host).</summary>
public sealed class ExportLinkTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();
    private readonly TestApp _configured = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:PublicUrl"] = "https://chat.example.org/" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _configured.DisposeAsync();
    }

    [Fact]
    public async Task Every_export_links_to_the_chat_with_an_absolute_address()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        var expected = _app.BaseAddress.ToString().TrimEnd('/') + cast.Chat.Url;

        foreach (var format in new[] { "md", "json", "csv", "txt" })
        {
            Assert.Contains(expected, await _app.Anonymous().GetStringAsync($"api/chats/{cast.ChatId}/transcript.{format}"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_configured_public_address_wins_over_the_requests()
    {
        var cast = await Cast.CreateAsync(_configured, start: true);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);

        var markdown = await _configured.Anonymous().GetStringAsync($"api/chats/{cast.ChatId}/transcript.md");

        Assert.Contains("Link: https://chat.example.org" + cast.Chat.Url, markdown, StringComparison.Ordinal);
    }
}
