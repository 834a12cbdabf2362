namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// SPEC section 4: every API error is problem details with a human detail, including the ones middleware writes.
/// The 401 challenge's problem ("Sign in first.") is asserted once, for every moderator endpoint, in
/// Moderation/ModeratorOnlyTests.
/// </summary>
public sealed class ErrorShapeTests
{
    [Fact]
    public async Task Too_many_writes_is_a_429_problem_that_says_to_wait()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:RateLimits:WritesPerMinute"] = "2" });
        var cast = await Cast.CreateAsync(app, start: true);
        // The guest's two writes (the participant spent one agreeing to the code of conduct).
        await cast.PostAsync(cast.Guest, "one");
        await cast.PostAsync(cast.Guest, "two");

        var third = await cast.Guest.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "three" });

        Assert.Contains("wait", await Http.ProblemDetailAsync(third, HttpStatusCode.TooManyRequests), StringComparison.OrdinalIgnoreCase);
    }
}
