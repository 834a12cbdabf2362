using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// What a person can type gets a sentence back, never a 500, and cannot smuggle size past the limits.
/// Dates are taken from the app's (fake) clock, so no test depends on the day it runs.
/// </summary>
public sealed class InputLimitTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public InputLimitTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_letter_with_fifty_thousand_accents_is_refused_as_too_long()
    {
        var cast = await Cast.CreateAsync(_app, start: true, scheduledStart: _clock.GetUtcNow());
        var flood = "a" + new string('\u0301', 50_000);

        var response = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = flood });

        var detail = await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("the limit is 280", detail, StringComparison.Ordinal);
        Assert.Empty(await cast.PostsAsync(_app.Anonymous()));
    }

    [Theory]
    [InlineData("9999-12-31T23:00:00Z")]
    [InlineData("1900-01-01T00:00:00Z")]
    public async Task A_start_time_far_from_today_is_refused_with_a_sentence(string start)
    {
        var cast = await Cast.CreateAsync(_app, scheduledStart: _clock.GetUtcNow());

        var response = await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = "Out of range",
            scheduledStart = start,
            durationMinutes = 60,
        });

        Assert.Equal("A chat starts within a year before and five years after today.", await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_null_question_in_a_plan_is_refused_with_a_sentence()
    {
        var cast = await Cast.CreateAsync(_app, scheduledStart: _clock.GetUtcNow());

        var response = await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = "T",
            scheduledStart = _clock.GetUtcNow().AddDays(30),
            questions = new object?[] { null },
        });

        Assert.Equal("Each question needs a number and a text.", await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }
}
