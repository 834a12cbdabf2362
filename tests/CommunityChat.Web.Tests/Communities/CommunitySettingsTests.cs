namespace CommunityChat.Web.Tests.Communities;

/// <summary>PUT /api/communities/{slug}/settings and /c/{community}/settings: moderators change a community's settings.</summary>
public sealed class CommunitySettingsTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_moderator_saves_settings_and_the_change_is_audited()
    {
        var cast = await Cast.CreateAsync(_app);

        var saved = await Http.ReadAsync<SettingsView>(await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/settings", new
        {
            name = "Smarter Together",
            timeZone = "Europe/Paris",
            maxPostLength = 500,
            blockedWords = new[] { " spamword ", "", "SPAMWORD", "scam link" },
        }), HttpStatusCode.OK);

        Assert.Equal(("Smarter Together", "Europe/Paris", 500, "Weekly chat"), (saved.Name, saved.TimeZone, saved.MaxPostLength, saved.Description));
        Assert.Equal(["spamword", "scam link"], saved.BlockedWords);
        var community = await Http.ReadAsync<CommunityView>(await _app.Anonymous().GetAsync($"api/communities/{Cast.Community}"), HttpStatusCode.OK);
        Assert.Equal("Smarter Together", community.Name);
        var entry = (await cast.AuditAsync())[0];
        Assert.Equal(("community.settings", "name, timeZone, maxPostLength, blockedWords"), (entry.Action, entry.Detail));
    }

    [Theory]
    [InlineData("""{"timeZone":"Mars/Olympus"}""", "Unknown time zone: Mars/Olympus. Use an IANA name such as Europe/Paris.")]
    [InlineData("""{"maxPostLength":49}""", "The longest post is 50 to 2000 characters.")]
    [InlineData("""{"maxPostLength":2001}""", "The longest post is 50 to 2000 characters.")]
    [InlineData("""{"name":"  "}""", "A community's name is 1 to 100 characters.")]
    public async Task Invalid_settings_are_refused_with_a_sentence_and_nothing_changes(string body, string detail)
    {
        var cast = await Cast.CreateAsync(_app);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await cast.Moderator.Http.PutAsync($"api/communities/{Cast.Community}/settings", content);

        Assert.Equal(detail, await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
        var community = await Http.ReadAsync<CommunityView>(await _app.Anonymous().GetAsync($"api/communities/{Cast.Community}"), HttpStatusCode.OK);
        Assert.Equal("Twitter Smarter", community.Name);
    }

    [Fact]
    public async Task The_settings_page_saves_the_form_and_shows_a_refusal_without_losing_the_input()
    {
        var cast = await Cast.CreateAsync(_app);
        var page = $"c/{Cast.Community}/settings";
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Twitter Smarter",
            ["Form.Description"] = "Weekly chat, Thursdays",
            ["Form.CodeOfConduct"] = "Be kind",
            ["Form.TimeZone"] = "Atlantis/Lost",
            ["Form.MaxPostLength"] = "300",
            ["Form.BlockedWords"] = "alpha\r\nbeta",
        };

        var refused = await (await cast.Moderator.Http.SubmitAsync(page, page, fields)).Content.ReadAsStringAsync();
        fields["Form.TimeZone"] = "America/New_York";
        var saved = await (await cast.Moderator.Http.SubmitAsync(page, page, fields)).Content.ReadAsStringAsync();

        Assert.Contains("Unknown time zone: Atlantis/Lost.", refused, StringComparison.Ordinal);
        Assert.Contains("Weekly chat, Thursdays", refused, StringComparison.Ordinal);
        Assert.Contains("Settings saved.", saved, StringComparison.Ordinal);
        var settings = await Http.ReadAsync<SettingsView>(await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/settings", new { }), HttpStatusCode.OK);
        Assert.Equal(("America/New_York", 300, "Weekly chat, Thursdays"), (settings.TimeZone, settings.MaxPostLength, settings.Description));
        Assert.Equal(["alpha", "beta"], settings.BlockedWords);
        Assert.Equal(HttpStatusCode.Forbidden, (await cast.Participant.Http.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task The_community_page_links_moderators_to_the_four_moderator_pages()
    {
        var cast = await Cast.CreateAsync(_app);

        var moderator = await (await cast.Moderator.Http.GetAsync($"c/{Cast.Community}")).Content.ReadAsStringAsync();
        var participant = await (await cast.Participant.Http.GetAsync($"c/{Cast.Community}")).Content.ReadAsStringAsync();

        foreach (var path in new[] { "reports", "audit", "bans", "settings" })
        {
            Assert.Contains($"href=\"/c/{Cast.Community}/{path}\"", moderator, StringComparison.Ordinal);
            Assert.DoesNotContain($"href=\"/c/{Cast.Community}/{path}\"", participant, StringComparison.Ordinal);
        }
    }

    private sealed record SettingsView(string Slug, string Name, string Description, string CodeOfConduct, string TimeZone, int MaxPostLength, List<string> BlockedWords);
}
