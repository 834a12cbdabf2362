namespace CommunityChat.Web.Tests.Localization;

/// <summary>A refusal is a sentence in the person's language, from the hub and from the API alike (SPEC rule 17).</summary>
public sealed class RefusalLanguageTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("fr-FR,fr;q=0.9", "Q2 n'a pas encore été posée.")]
    [InlineData("zh-CN,zh;q=0.9", "Q2 尚未提出。")]
    [InlineData("en-GB", "Q2 hasn't been asked yet.")]
    public async Task Hub_refusals_speak_the_language_of_the_connection(string acceptLanguage, string expected)
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await using var room = await _app.ConnectAsync(cast.Participant, acceptLanguage);
        await room.JoinAsync(cast.ChatId);

        Assert.Equal(expected, await room.RefusalAsync("Send", cast.ChatId, "A2 too early", null, null));
    }

    [Fact]
    public async Task Api_refusals_speak_the_language_of_the_request()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/chats/{cast.ChatId}/posts")
        {
            Content = JsonContent.Create(new { text = "A2 too early" }),
        };
        request.Headers.AcceptLanguage.ParseAdd("fr");

        var response = await cast.Participant.Http.SendAsync(request);

        Assert.Equal("Q2 n'a pas encore été posée.", await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }
}
