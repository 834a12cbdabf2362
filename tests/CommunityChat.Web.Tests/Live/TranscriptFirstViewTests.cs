using System.Net;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// A big chat's transcript (issue 8): the first view shows each question's guest answers and its first 20 answers,
/// "Show all N answers" links to <c>?q=n</c> where the question is whole, and a map says where each left-out post is.
/// </summary>
public sealed class TranscriptFirstViewTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public ValueTask InitializeAsync()
    {
        _app = TestApp.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_first_view_folds_long_questions_and_q_shows_one_whole()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await cast.AskAsync(2);
        await cast.PostAsync(cast.Guest, "Guest on one aardvark", questionNumber: 1);
        var answers = new List<PostView>();
        for (var i = 1; i <= 25; i++)
        {
            answers.Add(await cast.PostAsync(cast.Moderator, $"Answer {i:00} to one", questionNumber: 1));
        }

        await cast.PostAsync(cast.Moderator, "Only answer to two", questionNumber: 2);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);

        var first = await _app.Anonymous().GetStringAsync(cast.Chat.Url);
        Assert.Contains("Guest on one aardvark", first, StringComparison.Ordinal);
        Assert.Contains("Answer 20 to one", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Answer 21 to one", first, StringComparison.Ordinal);
        Assert.Contains("Only answer to two", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"{cast.Chat.Url}?q=1#q1\" data-question=\"1\">Show all 25 answers</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("data-question=\"2\"", first, StringComparison.Ordinal);
        // The map of left-out posts: answers 21-25, under Q1.
        Assert.Contains($"\"{answers[20].Id}\":1", first, StringComparison.Ordinal);
        Assert.Contains($"\"{answers[24].Id}\":1", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{answers[19].Id}\":", first, StringComparison.Ordinal);

        var whole = await _app.Anonymous().GetStringAsync($"{cast.Chat.Url}?q=1");
        Assert.Contains("Answer 25 to one", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("data-question=\"1\"", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"transcript-map\"", whole, StringComparison.Ordinal);

        // Other views are short already: shown whole.
        var highlights = await _app.Anonymous().GetStringAsync($"{cast.Chat.Url}?view=guest");
        Assert.DoesNotContain("data-question", highlights, StringComparison.Ordinal);
    }
}
