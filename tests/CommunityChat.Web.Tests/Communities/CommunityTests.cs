namespace CommunityChat.Web.Tests.Communities;

public sealed class CommunityTests : IAsyncLifetime
{
    private static readonly object NewCommunity = new
    {
        slug = "smarter",
        name = "Twitter Smarter",
        hashtag = "#TwitterSmarter",
        description = "Weekly chat about social media",
        codeOfConduct = "Be kind",
        timeZone = "Europe/Paris",
    };

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Admin_creates_a_community_and_everyone_can_read_it()
    {
        var admin = await _app.SignUpAsync("admin");

        var response = await admin.Http.PostAsJsonAsync("api/communities", NewCommunity);

        var created = await Http.ReadAsync<CommunityView>(response, HttpStatusCode.Created);
        Assert.Equal("/api/communities/smarter", response.Headers.Location?.OriginalString);
        Assert.Equal(new CommunityView("smarter", "Twitter Smarter", "TwitterSmarter", "/c/smarter", []), created with { Moderators = [] });
        var list = await Http.ReadAsync<List<CommunityView>>(await _app.Anonymous().GetAsync("api/communities"), HttpStatusCode.OK);
        Assert.Equal("smarter", Assert.Single(list).Slug);
        var one = await Http.ReadAsync<CommunityView>(await _app.Anonymous().GetAsync("api/communities/smarter"), HttpStatusCode.OK);
        Assert.Equal("Twitter Smarter", one.Name);
    }

    [Fact]
    public async Task Non_admin_gets_403_and_anonymous_gets_401_when_creating_a_community()
    {
        await _app.SignUpAsync("admin");
        var pat = await _app.SignUpAsync("pat");

        var byParticipant = await pat.Http.PostAsJsonAsync("api/communities", NewCommunity);
        var byReader = await _app.Anonymous().PostAsJsonAsync("api/communities", NewCommunity);

        Assert.Equal("Only an admin can do that.", await Http.ProblemDetailAsync(byParticipant, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.Unauthorized, byReader.StatusCode);
        Assert.Empty(await Http.ReadAsync<List<CommunityView>>(await _app.Anonymous().GetAsync("api/communities"), HttpStatusCode.OK));
    }

    [Fact]
    public async Task Admin_names_a_moderator_who_then_shows_on_the_community()
    {
        var admin = await _app.SignUpAsync("admin");
        await _app.SignUpAsync("Mod");
        await Http.ExpectAsync(await admin.Http.PostAsJsonAsync("api/communities", NewCommunity), HttpStatusCode.Created);

        await Http.ExpectAsync(await admin.Http.PutAsync("api/communities/smarter/moderators/@mod", null), HttpStatusCode.NoContent);

        var community = await Http.ReadAsync<CommunityView>(await _app.Anonymous().GetAsync("api/communities/smarter"), HttpStatusCode.OK);
        Assert.Equal(["Mod"], community.Moderators);
    }

    [Fact]
    public async Task Only_an_admin_names_moderators_and_an_unknown_handle_is_404_with_its_name()
    {
        var admin = await _app.SignUpAsync("admin");
        var pat = await _app.SignUpAsync("pat");
        await Http.ExpectAsync(await admin.Http.PostAsJsonAsync("api/communities", NewCommunity), HttpStatusCode.Created);

        var byParticipant = await pat.Http.PutAsync("api/communities/smarter/moderators/pat", null);
        var unknown = await admin.Http.PutAsync("api/communities/smarter/moderators/nobody", null);

        Assert.Equal("Only an admin can do that.", await Http.ProblemDetailAsync(byParticipant, HttpStatusCode.Forbidden));
        Assert.Equal("There is no account @nobody.", await Http.ProblemDetailAsync(unknown, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Unknown_community_is_404_with_a_sentence()
    {
        var response = await _app.Anonymous().GetAsync("api/communities/nowhere");

        Assert.Equal("There is no such community.", await Http.ProblemDetailAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Taken_community_address_is_409()
    {
        var admin = await _app.SignUpAsync("admin");
        await Http.ExpectAsync(await admin.Http.PostAsJsonAsync("api/communities", NewCommunity), HttpStatusCode.Created);

        var again = await admin.Http.PostAsJsonAsync("api/communities", NewCommunity);

        Assert.Equal("The address /c/smarter is taken.", await Http.ProblemDetailAsync(again, HttpStatusCode.Conflict));
    }
}
