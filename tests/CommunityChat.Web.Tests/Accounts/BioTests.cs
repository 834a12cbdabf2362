namespace CommunityChat.Web.Tests.Accounts;

/// <summary>SPEC rule 25: an account's short bio, set on the profile page, is on /@handle and, for a guest, on the chat.</summary>
public sealed class BioTests : IAsyncLifetime
{
    private const string Page = "account/profile";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_guests_bio_is_saved_on_the_profile_page_and_shown_on_their_profile_the_chat_json_and_the_chats_page()
    {
        var cast = await Cast.CreateAsync(_app);

        var saved = await cast.Guest.Http.SubmitAsync(Page, Page + "?handler=Bio", new Dictionary<string, string> { ["Bio"] = "  Community manager.\r\nWrites about <b>trust</b> & rituals.  " });

        await Http.ExpectAsync(saved, HttpStatusCode.OK);
        const string Bio = "Community manager. Writes about <b>trust</b> & rituals.";
        var page = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Your bio is saved.", page, StringComparison.Ordinal);
        Assert.Contains("Community manager. Writes about &lt;b&gt;trust&lt;/b&gt; &amp; rituals.</textarea>", page, StringComparison.Ordinal);

        var chat = await Http.ReadAsync<ChatView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
        Assert.Equal(Bio, Assert.Single(chat.Guests).Bio);

        var profile = await (await _app.Anonymous().GetAsync("/@gene")).Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"profile-bio\">Community manager. Writes about &lt;b&gt;trust&lt;/b&gt; &amp; rituals.</p>", profile, StringComparison.Ordinal);

        var room = await (await _app.Anonymous().GetAsync(chat.Url.TrimStart('/'))).Content.ReadAsStringAsync();
        Assert.Contains("About &#x2068;Gene Petrov&#x2069;:", room, StringComparison.Ordinal);
        Assert.Contains("Community manager. Writes about &lt;b&gt;trust&lt;/b&gt; &amp; rituals.", room, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>trust</b>", room, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_bio_the_guest_carries_none_and_a_long_one_is_refused_with_a_sentence()
    {
        var cast = await Cast.CreateAsync(_app);

        var refused = await cast.Guest.Http.SubmitAsync(Page, Page + "?handler=Bio", new Dictionary<string, string> { ["Bio"] = new string('x', 281) });

        Assert.Contains("A bio is at most 280 characters.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var chat = await Http.ReadAsync<ChatView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
        Assert.Null(Assert.Single(chat.Guests).Bio);
        Assert.DoesNotContain("About &#x2068;Gene Petrov&#x2069;:", await (await _app.Anonymous().GetAsync(chat.Url.TrimStart('/'))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("profile-bio", await (await _app.Anonymous().GetAsync("/@gene")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
