namespace CommunityChat.Web.Tests.Archive;

/// <summary>
/// SPEC rule 11's views as a reader opens them: an ended chat's page /c/{community}/{chat} with ?view=all, guest or
/// highlights. Each post's text carries one odd word, so what a view shows is read off the HTML.
/// </summary>
public sealed class TranscriptViewTests : IAsyncLifetime
{
    private const string GuestAnswer = "kestrel";
    private const string PlainAnswer = "heron";
    private const string StarredAnswer = "osprey";
    private const string Comment = "wren";
    private const string HiddenAnswer = "vulture";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static TheoryData<string, string[], string[]> Views => new()
    {
        { "all", [GuestAnswer, PlainAnswer, StarredAnswer, Comment], [HiddenAnswer] },
        { "guest", [GuestAnswer], [PlainAnswer, StarredAnswer, Comment, HiddenAnswer] },
        { "highlights", [StarredAnswer], [GuestAnswer, PlainAnswer, Comment, HiddenAnswer] },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Ended_chat_page_shows_in_each_view_only_the_posts_of_that_view(string view, string[] shown, string[] notShown)
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await cast.PostAsync(cast.Guest, $"A1 Leaders listen first {GuestAnswer}");
        await cast.PostAsync(cast.Participant, $"A1 Showing up weekly {PlainAnswer}");
        var starred = await cast.PostAsync(cast.Participant, $"A1 Saying thanks in public {StarredAnswer}");
        await cast.PostAsync(cast.Participant, $"Great chat so far {Comment}");
        var hidden = await cast.PostAsync(cast.Participant, $"A1 Buy my course {HiddenAnswer}");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{starred.Id}/highlight", null), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);

        var response = await _app.Anonymous().GetAsync($"{cast.Chat.Url}?view={view}");

        await Http.ExpectAsync(response, HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        Assert.All(shown, word => Assert.Contains(word, page, StringComparison.Ordinal));
        Assert.All(notShown, word => Assert.DoesNotContain(word, page, StringComparison.Ordinal));
    }
}
