namespace CommunityChat.Web.Tests.Communities;

/// <summary>
/// SPEC rule 26: in a community whose code of conduct is not empty, a participant agrees to it once before their first
/// post; posting before that is refused with 403 and a sentence. Hosts, guests and moderators are exempt.
/// </summary>
public sealed class AgreementTests : IAsyncLifetime
{
    private const string MustAgree = "Agree to this community's code of conduct before your first post: the room shows it with an \"I agree\" button.";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_newcomer_is_refused_until_they_agree_once_and_then_posts_over_the_api_and_the_hub()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var newcomer = await _app.SignUpAsync("nova", "Nova Newcomer");
        await using var hub = await _app.ConnectAsync(newcomer);

        var refused = await newcomer.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Hello all" });
        Assert.Equal(MustAgree, await Http.ProblemDetailAsync(refused, HttpStatusCode.Forbidden));
        Assert.Equal(MustAgree, await hub.RefusalAsync("Send", cast.ChatId, "Hello all", null, null));
        Assert.Empty(await cast.PostsAsync(_app.Anonymous()));

        // The room shows the code with "I agree" to them, and not to the participant who agreed already.
        var room = await newcomer.Http.GetStringAsync(cast.Chat.Url);
        Assert.Contains("I agree", room, StringComparison.Ordinal);
        Assert.Contains("data-agree=\"required\"", room, StringComparison.Ordinal);
        Assert.Contains("Be kind", room, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"agreement\"", await cast.Participant.Http.GetStringAsync(cast.Chat.Url), StringComparison.Ordinal);

        await Http.ExpectAsync(await newcomer.Http.PostAsync($"api/communities/{Cast.Community}/agreement", null), HttpStatusCode.NoContent);
        await Http.ExpectAsync(await newcomer.Http.PostAsync($"api/communities/{Cast.Community}/agreement", null), HttpStatusCode.NoContent);

        Assert.Equal("Hello all", (await hub.SendAsync(cast.ChatId, "Hello all")).Text);
        Assert.DoesNotContain("id=\"agreement\"", await newcomer.Http.GetStringAsync(cast.Chat.Url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hosts_guests_and_moderators_post_without_agreeing_and_an_empty_code_asks_nothing()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.PostAsync(cast.Guest, "Guest here");
        await cast.PostAsync(cast.Moderator, "Host here");
        await cast.PostAsync(cast.Admin, "Admins moderate everywhere");

        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/settings", new { codeOfConduct = "" }), HttpStatusCode.OK);
        var newcomer = await _app.SignUpAsync("nova", "Nova Newcomer");
        await Http.ExpectAsync(await newcomer.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "No code, no question" }), HttpStatusCode.Created);
    }

    [Fact]
    public async Task Agreeing_needs_an_account_and_a_community_that_exists()
    {
        await Cast.CreateAsync(_app);
        await Http.ExpectAsync(await _app.Anonymous().PostAsync($"api/communities/{Cast.Community}/agreement", null), HttpStatusCode.Unauthorized);
        var someone = await _app.SignUpAsync("nova");
        await Http.ProblemDetailAsync(await someone.Http.PostAsync("api/communities/nowhere/agreement", null), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task I_agree_works_without_script_as_a_form_on_the_room_page()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var newcomer = await _app.SignUpAsync("nova", "Nova Newcomer");

        var response = await newcomer.Http.SubmitAsync(cast.Chat.Url, cast.Chat.Url + "?handler=Agree", new Dictionary<string, string>());

        // Back to the room (HttpClient follows the redirect without the bearer token, so read the room again).
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var room = await newcomer.Http.GetStringAsync(cast.Chat.Url);
        Assert.DoesNotContain("id=\"agreement\"", room, StringComparison.Ordinal);
        Assert.Contains("data-agree=\"done\"", room, StringComparison.Ordinal);
        await Http.ExpectAsync(await newcomer.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "Agreed on the page" }), HttpStatusCode.Created);
    }
}
