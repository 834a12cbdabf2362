namespace CommunityChat.Web.Tests.Accounts;

/// <summary>/@handle, the public profile page: who someone is and their recent visible posts (SPEC rule 8: hidden is gone for readers).</summary>
public sealed class PublicProfileTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_post_hidden_by_a_moderator_is_not_on_its_authors_profile_page_while_a_visible_one_is()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.PostAsync(cast.Participant, "Communities grow around rituals marmoset");
        var hidden = await cast.PostAsync(cast.Participant, "Follow me for free followers pangolin");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);

        var response = await _app.Anonymous().GetAsync("/@pat");

        await Http.ExpectAsync(response, HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pat Doe", page, StringComparison.Ordinal);
        Assert.Contains("Communities grow around rituals marmoset", page, StringComparison.Ordinal);
        Assert.DoesNotContain("pangolin", page, StringComparison.Ordinal);
    }
}
