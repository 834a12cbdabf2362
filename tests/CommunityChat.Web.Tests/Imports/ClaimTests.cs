using System.Text;

namespace CommunityChat.Web.Tests.Imports;

/// <summary>An imported profile becomes its owner's: they claim it, a moderator of its community confirms.</summary>
public sealed class ClaimTests : IAsyncLifetime
{
    private const string Recap = """
        Q1: What makes a leader? #TwitterSmarter
        — Madalyn Sklar (@MadalynSklar) June 6, 2019

        A1: Listening before talking. #TwitterSmarter
        — Ana Lima (@ana_lima) June 6, 2019
        """;

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_confirmed_claim_gives_the_account_the_profiles_handle_and_posts()
    {
        var cast = await Cast.CreateAsync(_app);
        var chat = await Http.ReadAsync<ChatView>(
            await cast.Moderator.Http.PostAsync($"api/communities/{Cast.Community}/imports", new StringContent(Recap, Encoding.UTF8, "text/plain")),
            HttpStatusCode.Created);
        var ana = await _app.SignUpAsync("ana_new", "Ana Lima");

        var claim = await Http.ReadAsync<ClaimView>(await ana.Http.PostAsJsonAsync("api/claims", new { handle = "ana_lima" }), HttpStatusCode.Created);
        var byParticipant = await cast.Participant.Http.PostAsync($"api/claims/{claim.Id}/confirm", null);
        var pending = await Http.ReadAsync<List<ClaimView>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/claims"), HttpStatusCode.OK);
        var confirmed = await Http.ReadAsync<ClaimView>(await cast.Moderator.Http.PostAsync($"api/claims/{claim.Id}/confirm", null), HttpStatusCode.OK);

        Assert.Equal("Only a moderator of every community where @ana_lima took part can decide this claim, and not for their own claim.", await Http.ProblemDetailAsync(byParticipant, HttpStatusCode.Forbidden));
        Assert.Equal([("ana_lima", "ana_new")], pending.Select(c => (c.Profile, c.Claimant)));
        Assert.Equal("confirmed", confirmed.Status);
        // The same token now speaks as @ana_lima, and the imported answer is hers.
        var posts = await Http.ReadAsync<List<PostView>>(await _app.Anonymous().GetAsync($"api/chats/{chat.Id}/posts"), HttpStatusCode.OK);
        Assert.Equal("ana_lima", Assert.Single(posts, p => p.Label == "A1").Author.Handle);
        var again = await ana.Http.PostAsJsonAsync("api/claims", new { handle = "ana_lima" });
        Assert.Equal("@ana_lima is an account, not an imported profile: it can't be claimed.", await Http.ProblemDetailAsync(again, HttpStatusCode.Conflict));
        Assert.DoesNotContain("nobody has claimed", await _app.Anonymous().GetStringAsync("@ana_lima"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync("@ana_new")).StatusCode);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "profile.claimed" && a.Target == "@ana_lima");
    }

    [Fact]
    public async Task A_declined_claim_leaves_the_profile_unclaimed()
    {
        var cast = await Cast.CreateAsync(_app);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PostAsync($"api/communities/{Cast.Community}/imports", new StringContent(Recap, Encoding.UTF8, "text/plain")),
            HttpStatusCode.Created);
        var impostor = await _app.SignUpAsync("not_ana");
        var claim = await Http.ReadAsync<ClaimView>(await impostor.Http.PostAsJsonAsync("api/claims", new { handle = "ana_lima" }), HttpStatusCode.Created);

        var declined = await Http.ReadAsync<ClaimView>(await cast.Moderator.Http.PostAsync($"api/claims/{claim.Id}/decline", null), HttpStatusCode.OK);
        var twice = await cast.Moderator.Http.PostAsync($"api/claims/{claim.Id}/confirm", null);

        Assert.Equal("declined", declined.Status);
        Assert.Equal("This claim was decided already.", await Http.ProblemDetailAsync(twice, HttpStatusCode.Conflict));
        Assert.Contains("nobody has claimed this profile yet", await _app.Anonymous().GetStringAsync("@ana_lima"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_cannot_confirm_their_own_claim_nor_one_on_a_profile_of_another_community()
    {
        var cast = await Cast.CreateAsync(_app);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PostAsync($"api/communities/{Cast.Community}/imports", new StringContent(Recap, Encoding.UTF8, "text/plain")),
            HttpStatusCode.Created);
        await Http.ExpectAsync(await cast.Admin.Http.PostAsJsonAsync("api/communities", new { slug = "other", name = "Other", hashtag = "Other", timeZone = "UTC" }), HttpStatusCode.Created);
        await Http.ExpectAsync(await cast.Admin.Http.PutAsync("api/communities/other/moderators/gene", null), HttpStatusCode.NoContent);
        const string OtherRecap = "A1: Also me. #Other\n— Ana Lima (@ana_lima) June 13, 2019\n";
        await Http.ExpectAsync(
            await cast.Guest.Http.PostAsync("api/communities/other/imports", new StringContent(OtherRecap, Encoding.UTF8, "text/plain")),
            HttpStatusCode.Created);

        var own = await Http.ReadAsync<ClaimView>(await cast.Moderator.Http.PostAsJsonAsync("api/claims", new { handle = "ana_lima" }), HttpStatusCode.Created);
        var selfConfirm = await cast.Moderator.Http.PostAsync($"api/claims/{own.Id}/confirm", null);
        var byGuestModeratorOfOther = await cast.Guest.Http.PostAsync($"api/claims/{own.Id}/confirm", null);
        var byAdmin = await Http.ReadAsync<ClaimView>(await cast.Admin.Http.PostAsync($"api/claims/{own.Id}/decline", null), HttpStatusCode.OK);

        const string Refused = "Only a moderator of every community where @ana_lima took part can decide this claim, and not for their own claim.";
        Assert.Equal(Refused, await Http.ProblemDetailAsync(selfConfirm, HttpStatusCode.Forbidden));
        Assert.Equal(Refused, await Http.ProblemDetailAsync(byGuestModeratorOfOther, HttpStatusCode.Forbidden));
        Assert.Equal("declined", byAdmin.Status);
    }

    private sealed record ClaimView(int Id, string Profile, string Claimant, string Status);
}
