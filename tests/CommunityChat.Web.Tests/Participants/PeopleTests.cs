using System.Net.Http.Json;

namespace CommunityChat.Web.Tests.Participants;

/// <summary>
/// SPEC rule 32 over HTTP, on a made-up history of five chats counted by hand:
/// <code>
///            chat 1   chat 2   chat 3          chat 4          chat 5
/// reggie     A1       A1       A1              A1              A1        regular (5 of the last 5)
/// lou        A1       A1                                                 lapsed (2 of 5)
/// bart                A1       A1              A1                        3 of 5, but banned: not a regular
/// pat                          A1                                        once
/// hugo                         A1 (hidden      A1 (deleted by            never a participant
///                              after the end)  its author)
/// nina                                                         A1        newcomer of the last chat
/// participants  2     3        3               2               2
/// returning     0     2        2               2               1
/// </code>
/// The moderator only asks questions, which do not count.
/// </summary>
public sealed class PeopleTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Every_figure_of_a_five_chat_history_matches_the_hand_count()
    {
        var (cast, chats, _) = await FiveChatsAsync();

        var people = await PeopleAsync();

        Assert.Equal(["reggie"], people.Regulars.Select(p => p.Handle));
        Assert.Equal(["nina"], people.Newcomers.Select(p => p.Handle));
        Assert.Equal(5, people.Total);
        Assert.Equal(
            [("reggie", 5, chats[0].Id, chats[4].Id), ("bart", 3, chats[1].Id, chats[3].Id), ("lou", 2, chats[0].Id, chats[1].Id), ("pat", 1, chats[2].Id, chats[2].Id), ("nina", 1, chats[4].Id, chats[4].Id)],
            people.People.Select(p => (p.Handle, p.Chats, p.FirstChatId, p.LastChatId)));
        Assert.Equal(chats.Select(c => c.Id), people.Chats.Select(c => c.Id));
        Assert.Equal([2, 3, 3, 2, 2], people.Chats.Select(c => c.Participants));
        Assert.Equal([0, 2, 2, 2, 1], people.Chats.Select(c => c.Returning));
        Assert.Equal([0, 0.6667, 0.6667, 1, 0.5], people.Chats.Select(c => c.ReturningRate));
        Assert.All(people.Chats, c => Assert.NotNull(c.EndedAt));
        Assert.Equal("Bart", people.People[1].DisplayName);
        Assert.Equal(cast.ChatId, chats[0].Id);
    }

    [Fact]
    public async Task Everyone_is_sortable_by_first_chat_and_paged_and_bad_input_gets_problem_details()
    {
        await FiveChatsAsync();
        using var reader = _app.Anonymous();

        var byFirst = await Http.ReadAsync<PeopleView>(await reader.GetAsync($"api/communities/{Cast.Community}/people?sort=first"), HttpStatusCode.OK);
        var second = await Http.ReadAsync<PeopleView>(await reader.GetAsync($"api/communities/{Cast.Community}/people?page=2"), HttpStatusCode.OK);
        var unknown = await reader.GetAsync("api/communities/nowhere/people");
        var badSort = await reader.GetAsync($"api/communities/{Cast.Community}/people?sort=height");
        var badPage = await reader.GetAsync($"api/communities/{Cast.Community}/people?page=0");

        Assert.Equal(["reggie", "lou", "bart", "pat", "nina"], byFirst.People.Select(p => p.Handle));
        Assert.Empty(second.People);
        Assert.Equal(5, second.Total);
        Assert.Equal("There is no such community.", await Http.ProblemDetailAsync(unknown, HttpStatusCode.NotFound));
        Assert.Equal("Sort by \"chats\" or \"first\".", await Http.ProblemDetailAsync(badSort, HttpStatusCode.BadRequest));
        Assert.Equal("Pages are numbered from 1.", await Http.ProblemDetailAsync(badPage, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Unhiding_a_post_of_an_ended_chat_makes_its_author_a_participant_again_and_lifting_a_ban_a_regular()
    {
        var (cast, chats, hidden) = await FiveChatsAsync();

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{hidden.Id}/unhide", null), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.DeleteAsync($"api/communities/{Cast.Community}/bans/bart"), HttpStatusCode.NoContent);
        var people = await PeopleAsync();

        var hugo = Assert.Single(people.People, p => p.Handle == "hugo");
        Assert.Equal((1, chats[2].Id), (hugo.Chats, hugo.FirstChatId));
        Assert.Equal(6, people.Total);
        Assert.Equal([2, 3, 4, 2, 2], people.Chats.Select(c => c.Participants));
        Assert.Equal([0, 2, 2, 2, 1], people.Chats.Select(c => c.Returning));
        Assert.Equal(["reggie", "bart"], people.Regulars.Select(p => p.Handle));
    }

    [Fact]
    public async Task The_people_page_and_the_profiles_show_the_same_figures()
    {
        await FiveChatsAsync();
        using var reader = _app.Anonymous();

        var page = await reader.GetStringAsync($"c/{Cast.Community}/people");
        var profile = await reader.GetStringAsync("@reggie");
        var hugo = await reader.GetStringAsync("@hugo");
        var community = await reader.GetStringAsync($"c/{Cast.Community}");

        Assert.Contains("<h1>People of Twitter Smarter</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"people-chart\"", page, StringComparison.Ordinal);
        Assert.Contains("<title id=\"people-chart-title\">Participants and returning rate, last 5 chats</title>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/@reggie\"><bdi>Reggie</bdi></a>", page, StringComparison.Ordinal);
        Assert.Contains("Everyone (5)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("@hugo", page, StringComparison.Ordinal);
        Assert.Contains("Chats taken part in", profile, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/c/{Cast.Community}/people\">Twitter Smarter</a>: 5 chats", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("Chats taken part in", hugo, StringComparison.Ordinal);
        Assert.Contains($"href=\"/c/{Cast.Community}/people\"", community, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_chat_counts_like_any_other_and_comes_first_when_it_is_older()
    {
        var (cast, chats, _) = await FiveChatsAsync();
        const string Recap = """
            A1: Showing up every week. #TwitterSmarter
            — Reggie (@reggie_old) June 6, 2019

            A1: Listening before talking. #TwitterSmarter
            — Ana Lima (@ana_lima) June 6, 2019

            Q2: How do you welcome newcomers? #TwitterSmarter
            — Madalyn Sklar (@MadalynSklar) June 6, 2019
            """;

        var imported = await Http.ReadAsync<ChatView>(
            await cast.Moderator.Http.PostAsync($"api/communities/{Cast.Community}/imports", new StringContent(Recap, System.Text.Encoding.UTF8, "text/plain")),
            HttpStatusCode.Created);
        var people = await PeopleAsync();
        var byFirst = await Http.ReadAsync<PeopleView>(await _app.Anonymous().GetAsync($"api/communities/{Cast.Community}/people?sort=first"), HttpStatusCode.OK);

        Assert.Equal(7, people.Total); // the five, and the two who answered in 2019; the host's question does not count
        Assert.Equal([imported.Id, .. chats.Select(c => c.Id)], people.Chats.Select(c => c.Id));
        Assert.Equal([2, 2, 3, 3, 2, 2], people.Chats.Select(c => c.Participants));
        Assert.Equal([0, 0, 2, 2, 2, 1], people.Chats.Select(c => c.Returning));
        Assert.Equal(["ana_lima", "reggie_old"], byFirst.People.Take(2).Select(p => p.Handle).Order());
        Assert.DoesNotContain(people.People, p => p.Handle == "MadalynSklar");
        Assert.Equal(["nina"], people.Newcomers.Select(p => p.Handle));
    }

    private async Task<PeopleView> PeopleAsync() =>
        await Http.ReadAsync<PeopleView>(await _app.Anonymous().GetAsync($"api/communities/{Cast.Community}/people"), HttpStatusCode.OK);

    /// <summary>The history in the class summary; returns hugo's hidden post of chat 3.</summary>
    private async Task<(Cast Cast, List<ChatView> Chats, PostView Hidden)> FiveChatsAsync()
    {
        var cast = await Cast.CreateAsync(_app);
        var history = new History(cast);
        var reggie = await history.PersonAsync("reggie");
        var lou = await history.PersonAsync("lou");
        var bart = await history.PersonAsync("bart");
        var hugo = await history.PersonAsync("hugo");
        var nina = await history.PersonAsync("nina");
        var chats = new List<ChatView>();
        PostView? hidden = null;
        for (var n = 1; n <= 5; n++)
        {
            var chat = await history.StartAsync();
            chats.Add(chat);
            await History.PostAsync(reggie, chat, "A1 Here again");
            if (n <= 2)
            {
                await History.PostAsync(lou, chat, "A1 Lou here");
            }

            if (n is >= 2 and <= 4)
            {
                await History.PostAsync(bart, chat, "A1 Bart here");
            }

            if (n == 3)
            {
                await History.PostAsync(cast.Participant, chat, "A1 Pat here");
                hidden = await History.PostAsync(hugo, chat, "A1 Buy my course");
            }

            if (n == 4)
            {
                var withdrawn = await History.PostAsync(hugo, chat, "A1 Oops");
                await Http.ExpectAsync(await hugo.Http.DeleteAsync($"api/posts/{withdrawn.Id}"), HttpStatusCode.NoContent);
            }

            if (n == 5)
            {
                await History.PostAsync(nina, chat, "A1 First time here");
            }

            await history.EndAsync(chat);
        }

        // Moderated after its chat ended, and a ban once it is all over.
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden!.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/bart", new { reason = "rude" }), HttpStatusCode.NoContent);
        return (cast, chats, hidden);
    }
}
