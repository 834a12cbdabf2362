using CommunityChat.Web.Features.Polls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Polls;

/// <summary>
/// SPEC rule 9: moderators open polls in a live chat, each account votes once (final), results go live only to voters
/// and moderators and to everyone after the poll closes. The clock is the test's: closing and the twice-a-second
/// result broadcasts happen when it is advanced.
/// </summary>
public sealed class PollTests : IAsyncLifetime
{
    private static readonly string[] Colours = ["Red", "Green", "Blue"];

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public PollTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Moderator_opens_a_poll_over_the_api_and_the_hub_and_a_participant_is_refused()
    {
        var cast = await StartAsync();
        var created = await Http.ReadAsync<PollView>(
            await cast.Moderator.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/polls", new { question = "Favourite colour?", options = Colours }),
            HttpStatusCode.Created);
        Assert.Equal(["Red", "Green", "Blue"], created.Options);
        Assert.Equal(TimeSpan.FromMinutes(5), created.ClosesAt - created.OpensAt);
        Assert.False(created.Closed);
        Assert.Equal([0, 0, 0], created.Counts);

        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await moderator.JoinAsync(cast.ChatId);
        var overHub = (await moderator.InvokeAsync("OpenPoll", cast.ChatId, "Tea or coffee?", new[] { "Tea", "Coffee" }, 60)).Deserialize<PollView>(Http.Json)!;
        Assert.Equal(TimeSpan.FromSeconds(60), overHub.ClosesAt - overHub.OpensAt);

        var refused = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/polls", new { question = "Mine?", options = new[] { "A", "B" } });
        Assert.Equal("Only a moderator of this community can do that.", await Http.ProblemDetailAsync(refused, HttpStatusCode.Forbidden));
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await participant.JoinAsync(cast.ChatId);
        Assert.Equal(
            "Only a moderator of this community can do that.",
            await participant.RefusalAsync("OpenPoll", cast.ChatId, "Mine?", new[] { "A", "B" }, 60));

        var polls = await Http.ReadAsync<List<PollView>>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/polls"), HttpStatusCode.OK);
        Assert.Equal(["Favourite colour?", "Tea or coffee?"], polls.Select(p => p.Question));
        Assert.Equal(2, (await cast.AuditAsync()).Count(a => a.Action == "poll.opened"));
    }

    [Theory]
    [InlineData("", new[] { "A", "B" }, 60, "A poll needs a question of at most 280 characters.")]
    [InlineData("Q?", new[] { "A" }, 60, "A poll needs 2 to 4 different options, none empty.")]
    [InlineData("Q?", new[] { "A", "B", "C", "D", "E" }, 60, "A poll needs 2 to 4 different options, none empty.")]
    [InlineData("Q?", new[] { "A", " " }, 60, "A poll needs 2 to 4 different options, none empty.")]
    [InlineData("Q?", new[] { "Same", "same" }, 60, "A poll needs 2 to 4 different options, none empty.")]
    [InlineData("Q?", new[] { "A", "B" }, 9, "A poll runs for 10 seconds to 60 minutes.")]
    [InlineData("Q?", new[] { "A", "B" }, 3601, "A poll runs for 10 seconds to 60 minutes.")]
    public async Task A_poll_that_breaks_the_rules_is_refused_with_a_sentence(string question, string[] options, int seconds, string sentence)
    {
        var cast = await StartAsync();
        var response = await cast.Moderator.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/polls", new { question, options, seconds });
        Assert.Equal(sentence, await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task A_poll_needs_a_live_chat()
    {
        var cast = await Cast.CreateAsync(_app, scheduledStart: _clock.GetUtcNow());
        var response = await cast.Moderator.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/polls", new { question = "Early?", options = new[] { "A", "B" } });
        Assert.Equal("Polls can be opened only while the chat is live.", await Http.ProblemDetailAsync(response, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task One_vote_per_account_and_a_second_one_is_refused_even_when_two_race()
    {
        var cast = await StartAsync();
        var poll = await OpenAsync(cast);

        var first = await Http.ReadAsync<PollView>(await VoteAsync(cast.Participant, poll, 1), HttpStatusCode.OK);
        Assert.True(first.Voted);
        Assert.Equal(1, first.MyVote);
        Assert.Equal([0, 1, 0], first.Counts);
        Assert.Equal("You've already voted in this poll; a vote is final.", await Http.ProblemDetailAsync(await VoteAsync(cast.Participant, poll, 2), HttpStatusCode.Conflict));
        await using var participant = await _app.ConnectAsync(cast.Participant);
        Assert.Equal("You've already voted in this poll; a vote is final.", await participant.RefusalAsync("Vote", poll.Id, 0));

        var race = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => VoteAsync(cast.Guest, poll, 0)));
        Assert.Single(race, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, race.Count(r => r.StatusCode == HttpStatusCode.Conflict));

        var seen = await PollsAsync(cast.Moderator.Http, cast);
        Assert.Equal([1, 1, 0], seen.Single().Counts);
        Assert.Equal(2, seen.Single().Total);
        Assert.Equal("Choose one of the poll's options.", await Http.ProblemDetailAsync(await VoteAsync(cast.Admin, poll, 3), HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Results_are_hidden_from_those_who_have_not_voted_until_the_poll_closes()
    {
        var cast = await StartAsync();
        var poll = await OpenAsync(cast, seconds: 30);
        await Http.ExpectAsync(await VoteAsync(cast.Participant, poll, 2), HttpStatusCode.OK);

        var guestView = (await PollsAsync(cast.Guest.Http, cast)).Single();
        Assert.Null(guestView.Counts);
        Assert.Null(guestView.Total);
        Assert.False(guestView.Voted);
        Assert.Null((await PollsAsync(_app.Anonymous(), cast)).Single().Counts);
        Assert.Equal([0, 0, 1], (await PollsAsync(cast.Moderator.Http, cast)).Single().Counts);
        var mine = (await PollsAsync(cast.Participant.Http, cast)).Single();
        Assert.Equal([0, 0, 1], mine.Counts);
        Assert.Equal(2, mine.MyVote);

        _clock.Advance(TimeSpan.FromSeconds(30));
        var afterClose = (await PollsAsync(_app.Anonymous(), cast)).Single();
        Assert.True(afterClose.Closed);
        Assert.Equal([0, 0, 1], afterClose.Counts);
        Assert.Equal(1, afterClose.Total);

        Assert.Equal("This poll has closed; votes are no longer taken.", await Http.ProblemDetailAsync(await VoteAsync(cast.Guest, poll, 0), HttpStatusCode.Conflict));
        await using var guest = await _app.ConnectAsync(cast.Guest);
        Assert.Equal("This poll has closed; votes are no longer taken.", await guest.RefusalAsync("Vote", poll.Id, 0));
    }

    [Fact]
    public async Task PollChanged_tells_the_room_of_the_opening_sends_counts_to_voters_and_moderators_and_results_to_everyone_at_close()
    {
        var cast = await StartAsync();
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var voter = await _app.ConnectAsync(cast.Participant);
        await using var guest = await _app.ConnectAsync(cast.Guest);
        await using var reader = await _app.ConnectAsync();
        foreach (var client in new[] { moderator, voter, guest, reader })
        {
            await client.JoinAsync(cast.ChatId);
        }

        var opened = (await moderator.InvokeAsync("OpenPoll", cast.ChatId, "Favourite colour?", Colours, 20)).Deserialize<PollView>(Http.Json)!;
        Assert.Equal([0, 0, 0], (await moderator.WaitForAsync("PollChanged")).Poll().Counts);
        var readerOpened = (await reader.WaitForAsync("PollChanged")).Poll();
        Assert.Equal(opened.Id, readerOpened.Id);
        Assert.Null(readerOpened.Counts);
        await guest.WaitForAsync("PollChanged");

        var result = (await voter.InvokeAsync("Vote", opened.Id, 0)).Deserialize<PollView>(Http.Json)!;
        Assert.Equal([1, 0, 0], result.Counts);
        await Http.ExpectAsync(await VoteAsync(cast.Admin, opened, 0), HttpStatusCode.OK);
        await Http.ExpectAsync(await VoteAsync(cast.Moderator, opened, 1), HttpStatusCode.OK);

        // Three votes, one tick: one PollChanged with all three, to moderators and to voters.
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var counted = await moderator.WaitForAsync("PollChanged", e => e.Poll().Total == 3);
        Assert.Equal([2, 1, 0], counted.Poll().Counts);
        await voter.WaitForAsync("PollChanged", e => e.Poll().Total == 3 && e.Poll().Voted);
        Assert.Equal(2, moderator.Events.Count(e => e.Name == "PollChanged"));

        _clock.Advance(TimeSpan.FromSeconds(20));
        var closed = (await reader.WaitForAsync("PollChanged", e => e.Poll().Closed)).Poll();
        Assert.Equal([2, 1, 0], closed.Counts);
        await guest.WaitForAsync("PollChanged", e => e.Poll().Closed);

        // Before the close, the guest and the reader never received a count.
        foreach (var client in new[] { guest, reader })
        {
            Assert.All(client.Events.Where(e => e.Name == "PollChanged" && !e.Poll().Closed), e => Assert.Null(e.Poll().Counts));
            Assert.Equal(2, client.Events.Count(e => e.Name == "PollChanged"));
        }

        // Closing is announced once, however often the closing step runs; a later poll's opening marks the end of the stream.
        _clock.Advance(TimeSpan.FromSeconds(1));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PollClosing>().TickAsync();
        }

        await moderator.InvokeAsync("OpenPoll", cast.ChatId, "Another?", new[] { "Yes", "No" }, 60);
        await reader.WaitForAsync("PollChanged", e => e.Poll().Question == "Another?");
        Assert.Single(reader.Events, e => e.Name == "PollChanged" && e.Poll().Closed);
    }

    [Fact]
    public async Task Join_brings_the_chats_polls_as_the_viewer_may_see_them()
    {
        var cast = await StartAsync();
        var poll = await OpenAsync(cast);
        await Http.ExpectAsync(await VoteAsync(cast.Participant, poll, 1), HttpStatusCode.OK);

        await using var voter = await _app.ConnectAsync(cast.Participant);
        var voterPolls = (await voter.InvokeAsync("Join", cast.ChatId, 0L)).GetProperty("polls").Deserialize<List<PollView>>(Http.Json)!;
        Assert.Equal(1, voterPolls.Single().MyVote);
        Assert.Equal([0, 1, 0], voterPolls.Single().Counts);

        await using var reader = await _app.ConnectAsync();
        var readerPolls = (await reader.InvokeAsync("Join", cast.ChatId, 0L)).GetProperty("polls").Deserialize<List<PollView>>(Http.Json)!;
        Assert.Equal("Favourite colour?", readerPolls.Single().Question);
        Assert.Null(readerPolls.Single().Counts);
        Assert.False(readerPolls.Single().Voted);
    }

    [Fact]
    public async Task A_banned_participant_cannot_vote()
    {
        var cast = await StartAsync();
        var poll = await OpenAsync(cast);
        await Http.ExpectAsync(
            await cast.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "Heated" }),
            HttpStatusCode.NoContent);
        Assert.Equal("You're banned from this community.", await Http.ProblemDetailAsync(await VoteAsync(cast.Participant, poll, 0), HttpStatusCode.Forbidden));
        Assert.Equal(0, (await PollsAsync(cast.Moderator.Http, cast)).Single().Total);
    }

    [Fact]
    public async Task Ending_the_chat_closes_its_polls_and_the_transcript_shows_their_final_results()
    {
        var cast = await StartAsync();
        var poll = await OpenAsync(cast);
        await Http.ExpectAsync(await VoteAsync(cast.Participant, poll, 1), HttpStatusCode.OK);
        await Http.ExpectAsync(await VoteAsync(cast.Guest, poll, 1), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);

        var closed = (await PollsAsync(_app.Anonymous(), cast)).Single();
        Assert.True(closed.Closed);
        Assert.Equal([0, 2, 0], closed.Counts);
        Assert.Equal("This poll has closed; votes are no longer taken.", await Http.ProblemDetailAsync(await VoteAsync(cast.Admin, poll, 0), HttpStatusCode.Conflict));

        var transcript = await _app.Anonymous().GetStringAsync(cast.Chat.Url);
        Assert.Contains("Favourite colour?", transcript, StringComparison.Ordinal);
        Assert.Contains("Green: 2 votes (100%)", transcript, StringComparison.Ordinal);
        Assert.Contains("Red: 0 votes (0%)", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_the_chat_closes_its_poll_and_the_exports_carry_the_results()
    {
        var cast = await StartAsync();
        var poll = await OpenAsync(cast);
        await Http.ExpectAsync(await VoteAsync(cast.Participant, poll, 1), HttpStatusCode.OK);
        await Http.ExpectAsync(await VoteAsync(cast.Guest, poll, 1), HttpStatusCode.OK);
        await Http.ExpectAsync(await VoteAsync(cast.Admin, poll, 0), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);

        var markdown = await (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript.md")).Content.ReadAsStringAsync();
        Assert.Contains("## Polls\n\n### Favourite colour?\n\n- Red: 1 vote (33%)\n- Green: 2 votes (67%)\n- Blue: 0 votes (0%)\n", markdown, StringComparison.Ordinal);
        var json = await (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript.json")).Content.ReadAsStringAsync();
        Assert.Contains("\"polls\":[{\"question\":\"Favourite colour?\"", json, StringComparison.Ordinal);
    }

    private async Task<Cast> StartAsync() => await Cast.CreateAsync(_app, start: true, scheduledStart: _clock.GetUtcNow());

    private static async Task<PollView> OpenAsync(Cast cast, int seconds = 300) =>
        await Http.ReadAsync<PollView>(
            await cast.Moderator.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/polls", new { question = "Favourite colour?", options = Colours, seconds }),
            HttpStatusCode.Created);

    private static Task<HttpResponseMessage> VoteAsync(Person person, PollView poll, int option) =>
        person.Http.PostAsJsonAsync($"api/polls/{poll.Id}/votes", new { option });

    private static async Task<List<PollView>> PollsAsync(HttpClient client, Cast cast) =>
        await Http.ReadAsync<List<PollView>>(await client.GetAsync($"api/chats/{cast.ChatId}/polls"), HttpStatusCode.OK);
}
