using System.Net.Http.Headers;
using System.Text;

namespace CommunityChat.Web.Tests.Accounts;

public sealed class AccountTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task First_account_is_admin_and_the_second_is_not()
    {
        var anonymous = _app.Anonymous();

        var first = await anonymous.PostAsJsonAsync("api/accounts", new { handle = "Ada", displayName = "Ada L", password = TestApp.Password });
        var second = await anonymous.PostAsJsonAsync("api/accounts", new { handle = "bob", displayName = "Bob", password = TestApp.Password });

        var ada = await Http.ReadAsync<AccountView>(first, HttpStatusCode.Created);
        Assert.Equal(new AccountView("Ada", "Ada L", IsAdmin: true), ada);
        Assert.Equal("/@Ada", first.Headers.Location?.OriginalString);
        Assert.False((await Http.ReadAsync<AccountView>(second, HttpStatusCode.Created)).IsAdmin);
    }

    [Theory]
    [InlineData("sixteen_chars_ab")]
    [InlineData("two words")]
    [InlineData("")]
    [InlineData("dash-ed")]
    [InlineData("émile")]
    public async Task Handle_outside_the_rules_is_refused_with_a_sentence(string handle)
    {
        var response = await _app.Anonymous().PostAsJsonAsync("api/accounts", new { handle, displayName = "Someone", password = TestApp.Password });

        Assert.Equal("A handle is 1 to 15 letters, digits or underscores.", await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }

    /// <summary>Issue 9, item 7: "\u202Enimda" read "admin" next to a real handle; a name of zero-width spaces looked empty.</summary>
    [Fact]
    public async Task A_display_name_that_reverses_its_text_or_shows_nothing_is_refused_and_so_is_such_a_post()
    {
        var cast = await Cast.CreateAsync(_app, start: true); // first, so its admin is the first account
        var anonymous = _app.Anonymous();

        var reversed = await anonymous.PostAsJsonAsync("api/accounts", new { handle = "mallory", displayName = "\u202Enimda", password = TestApp.Password });
        var invisible = await anonymous.PostAsJsonAsync("api/accounts", new { handle = "ghost", displayName = "\u200B\u200B", password = TestApp.Password });
        var arabic = await anonymous.PostAsJsonAsync("api/accounts", new { handle = "layla", displayName = "ليلى", password = TestApp.Password });

        Assert.Equal("A display name can't contain characters that reverse the direction of the text.", await Http.ProblemDetailAsync(reversed, HttpStatusCode.BadRequest));
        Assert.Equal("A display name is 1 to 50 characters.", await Http.ProblemDetailAsync(invisible, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Created, arabic.StatusCode);

        var reversedPost = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "I am \u202Enimda" });
        var emptyPost = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "\u200B\u2060" });
        Assert.Equal("Your text contains invisible control characters. Remove them and send again.", await Http.ProblemDetailAsync(reversedPost, HttpStatusCode.BadRequest));
        Assert.Equal("Write something before sending.", await Http.ProblemDetailAsync(emptyPost, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Fifteen_character_handle_is_accepted()
    {
        var response = await _app.Anonymous().PostAsJsonAsync("api/accounts", new { handle = "fifteen_chars_a", displayName = "F", password = TestApp.Password });

        await Http.ExpectAsync(response, HttpStatusCode.Created);
    }

    [Fact]
    public async Task Taken_handle_in_other_case_is_refused_with_409_and_says_so()
    {
        var anonymous = _app.Anonymous();
        await Http.ExpectAsync(await anonymous.PostAsJsonAsync("api/accounts", new { handle = "Gene", displayName = "Gene", password = TestApp.Password }), HttpStatusCode.Created);

        var again = await anonymous.PostAsJsonAsync("api/accounts", new { handle = "gENE", displayName = "Other", password = TestApp.Password });

        Assert.Equal("@gENE is taken. Try another handle.", await Http.ProblemDetailAsync(again, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Short_password_is_refused_with_the_minimum_length()
    {
        var response = await _app.Anonymous().PostAsJsonAsync("api/accounts", new { handle = "ada", displayName = "Ada", password = "short" });

        Assert.Equal("A password needs at least 8 characters.", await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }

    [Theory]
    [InlineData("ada", "wrong password")]
    [InlineData("nobody", TestApp.Password)]
    public async Task Token_request_with_wrong_credentials_is_401_without_saying_which_was_wrong(string handle, string password)
    {
        await _app.SignUpAsync("ada");

        var response = await _app.Anonymous().PostAsJsonAsync("api/tokens", new { handle, password, name = "bot" });

        Assert.Equal("Wrong handle or password.", await Http.ProblemDetailAsync(response, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task Token_authenticates_the_api_and_unknown_or_missing_tokens_do_not()
    {
        var ada = await _app.SignUpAsync("ada");
        var forged = _app.Anonymous();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cc_not-a-real-token");

        var tokens = await Http.ReadAsync<List<TokenSummaryView>>(await ada.Http.GetAsync("api/tokens"), HttpStatusCode.OK);

        Assert.Equal("tests", Assert.Single(tokens).Name);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous().GetAsync("api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync("api/tokens")).StatusCode);
    }

    [Fact]
    public async Task Token_authenticates_the_hub_and_a_reader_without_one_cannot_post()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await using var reader = await _app.ConnectAsync();

        var post = await participant.SendAsync(cast.ChatId, "Hello from the hub");
        var refusal = await reader.RefusalAsync("Send", cast.ChatId, "Hello from nobody", null, null);

        Assert.Equal("pat", post.Author.Handle);
        Assert.Equal("participant", post.Author.Role);
        Assert.Equal("Sign in first.", refusal);
    }

    [Fact]
    public async Task Revoked_token_no_longer_authenticates()
    {
        var ada = await _app.SignUpAsync("ada");
        var tokens = await Http.ReadAsync<List<TokenSummaryView>>(await ada.Http.GetAsync("api/tokens"), HttpStatusCode.OK);

        await Http.ExpectAsync(await ada.Http.DeleteAsync($"api/tokens/{tokens[0].Id}"), HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ada.Http.GetAsync("api/tokens")).StatusCode);
    }

    [Theory]
    [InlineData("api/accounts", "{\"handle\": \"ada\", ")]
    [InlineData("api/tokens", "not json at all")]
    [InlineData("api/accounts", "{\"handle\": 42}")]
    public async Task Malformed_json_body_is_a_400_problem_with_a_human_detail(string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _app.Anonymous().PostAsync(path, content);

        Assert.Equal(
            "The request couldn't be read: check that the body is valid JSON with the documented fields.",
            await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Malformed_json_body_is_a_400_problem_with_a_human_detail_in_production_too()
    {
        await using var production = TestApp.Start(environment: "Production");
        using var content = new StringContent("{\"handle\": ", Encoding.UTF8, "application/json");

        var response = await production.Anonymous().PostAsync("api/accounts", content);

        Assert.Equal(
            "The request couldn't be read: check that the body is valid JSON with the documented fields.",
            await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }
}

public sealed record TokenSummaryView(int Id, string Name, DateTime CreatedAt);
