namespace CommunityChat.Web.Tests.Platform;

/// <summary>SPEC section 4: every API error is problem details with a human detail, including the ones middleware writes.</summary>
public sealed class ErrorShapeTests
{
    [Fact]
    public async Task Signed_out_call_to_a_protected_endpoint_is_a_401_problem_that_asks_to_sign_in()
    {
        await using var app = TestApp.Start();

        var response = await app.Anonymous().PostAsJsonAsync("api/communities", new { slug = "x" });

        Assert.Equal("Sign in first.", await Http.ProblemDetailAsync(response, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Too_many_writes_is_a_429_problem_that_says_to_wait()
    {
        await using var app = TestApp.Start(new Dictionary<string, string?> { ["CommunityChat:RateLimits:WritesPerMinute"] = "2" });
        var cast = await Cast.CreateAsync(app, start: true);
        await cast.PostAsync(cast.Participant, "one");
        await cast.PostAsync(cast.Participant, "two");

        var third = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "three" });

        Assert.Contains("wait", await Http.ProblemDetailAsync(third, HttpStatusCode.TooManyRequests), StringComparison.OrdinalIgnoreCase);
    }
}
