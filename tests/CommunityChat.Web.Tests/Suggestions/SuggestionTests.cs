using Microsoft.Extensions.Time.Testing;

namespace CommunityChat.Web.Tests.Suggestions;

/// <summary>
/// SPEC rule 22: during a live chat participants suggest questions and upvote others' (one vote each); moderators see
/// them ranked by votes and ask one (the next Qn after the planned ones, crediting who suggested it) or dismiss it;
/// the transcript lists those never asked, with their votes. The clock is the test's: the twice-a-second vote
/// broadcasts happen when it is advanced.
/// </summary>
public sealed class SuggestionTests : IAsyncLifetime
{
    private const string Idea = "How do you pick a guest for a weekly chat quokka";
    private const string Other = "What would you change about the format narwhal";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly TestApp _app;

    public SuggestionTests() => _app = TestApp.Start(clock: _clock);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_participant_suggests_over_the_api_and_the_hub_and_anyone_reads_them_ranked_by_votes_then_age()
    {
        var cast = await StartAsync();
        var first = await SuggestAsync(cast, cast.Participant, Idea);
        Assert.Equal(cast.ChatId, first.ChatId);
        Assert.Equal(Idea, first.Text);
        Assert.Equal("pat", first.Author.Handle);
        Assert.Equal("Pat Doe", first.Author.DisplayName);
        Assert.Equal("participant", first.Author.Role);
        Assert.Equal(0, first.Votes);
        Assert.Equal("open", first.Status);
        Assert.Null(first.QuestionNumber);

        await using var guest = await _app.ConnectAsync(cast.Guest);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var second = (await guest.InvokeAsync("Suggest", cast.ChatId, Other)).Deserialize<SuggestionView>(Http.Json)!;
        Assert.Equal("guest", second.Author.Role);

        // Oldest first while the votes are equal; one vote puts the newer one on top.
        Assert.Equal([Idea, Other], (await ListAsync(_app.Anonymous(), cast)).Select(s => s.Text));
        await Http.ExpectAsync(await VoteAsync(cast.Participant, second), HttpStatusCode.OK);
        var ranked = await ListAsync(_app.Anonymous(), cast);
        Assert.Equal([Other, Idea], ranked.Select(s => s.Text));
        Assert.Equal([1, 0], ranked.Select(s => s.Votes));
        Assert.All(ranked, s => Assert.False(s.Voted));
        Assert.True((await ListAsync(cast.Participant.Http, cast)).Single(s => s.Id == second.Id).Voted);
    }

    [Theory]
    [InlineData("   ", "Write something before sending.")]
    [InlineData("Hello\u0007there", "Your text contains invisible control characters. Remove them and send again.")]
    public async Task A_suggestion_gets_the_text_checks_of_a_post(string text, string sentence)
    {
        var cast = await StartAsync();
        var response = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/suggestions", new { text });
        Assert.Equal(sentence, await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
        await using var participant = await _app.ConnectAsync(cast.Participant);
        Assert.Equal(sentence, await participant.RefusalAsync("Suggest", cast.ChatId, text));
    }

    [Fact]
    public async Task A_suggestion_longer_than_the_communitys_posts_is_refused()
    {
        var cast = await StartAsync();
        var response = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/suggestions", new { text = new string('a', 290) });
        Assert.Equal("Your text is 290 characters; the limit is 280. Shorten it by 10.", await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Suggesting_needs_an_account_that_is_not_banned_and_a_live_chat()
    {
        var scheduled = await Cast.CreateAsync(_app, scheduledStart: _clock.GetUtcNow());
        var early = await scheduled.Participant.Http.PostAsJsonAsync($"api/chats/{scheduled.ChatId}/suggestions", new { text = Idea });
        Assert.Equal("This chat hasn't started yet.", await Http.ProblemDetailAsync(early, HttpStatusCode.Conflict));

        await Http.ExpectAsync(await scheduled.Moderator.Http.PostAsync($"api/chats/{scheduled.ChatId}/start", null), HttpStatusCode.OK);
        var anonymous = await _app.Anonymous().PostAsJsonAsync($"api/chats/{scheduled.ChatId}/suggestions", new { text = Idea });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var open = await SuggestAsync(scheduled, scheduled.Guest, Other);
        await Http.ExpectAsync(
            await scheduled.Moderator.Http.PutAsJsonAsync($"api/communities/{Cast.Community}/bans/pat", new { reason = "Heated" }),
            HttpStatusCode.NoContent);
        var banned = await scheduled.Participant.Http.PostAsJsonAsync($"api/chats/{scheduled.ChatId}/suggestions", new { text = Idea });
        Assert.Equal("You're banned from this community.", await Http.ProblemDetailAsync(banned, HttpStatusCode.Forbidden));
        Assert.Equal("You're banned from this community.", await Http.ProblemDetailAsync(await VoteAsync(scheduled.Participant, open), HttpStatusCode.Forbidden));

        await Http.ExpectAsync(await scheduled.Moderator.Http.PostAsync($"api/chats/{scheduled.ChatId}/end", null), HttpStatusCode.OK);
        var late = await scheduled.Admin.Http.PostAsJsonAsync($"api/chats/{scheduled.ChatId}/suggestions", new { text = Idea });
        Assert.Equal("This chat has ended; its transcript is read-only.", await Http.ProblemDetailAsync(late, HttpStatusCode.Conflict));
        Assert.Equal("This chat has ended; its transcript is read-only.", await Http.ProblemDetailAsync(await VoteAsync(scheduled.Admin, open), HttpStatusCode.Conflict));
        var ask = await scheduled.Moderator.Http.PostAsync($"api/suggestions/{open.Id}/ask", null);
        Assert.Equal("This chat has already ended.", await Http.ProblemDetailAsync(ask, HttpStatusCode.Conflict));
        Assert.Equal(["open"], (await ListAsync(_app.Anonymous(), scheduled)).Select(s => s.Status));
    }

    [Fact]
    public async Task One_vote_per_person_a_second_one_is_a_409_even_when_two_race_and_nobody_votes_for_their_own()
    {
        var cast = await StartAsync();
        var suggestion = await SuggestAsync(cast, cast.Participant, Idea);

        var voted = await Http.ReadAsync<SuggestionView>(await VoteAsync(cast.Guest, suggestion), HttpStatusCode.OK);
        Assert.Equal(1, voted.Votes);
        Assert.True(voted.Voted);
        Assert.Equal("You've already voted for this suggestion.", await Http.ProblemDetailAsync(await VoteAsync(cast.Guest, suggestion), HttpStatusCode.Conflict));
        await using var guest = await _app.ConnectAsync(cast.Guest);
        Assert.Equal("You've already voted for this suggestion.", await guest.RefusalAsync("VoteSuggestion", suggestion.Id));

        Assert.Equal("This is your own suggestion: the others vote for it.", await Http.ProblemDetailAsync(await VoteAsync(cast.Participant, suggestion), HttpStatusCode.Conflict));

        var race = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => VoteAsync(cast.Admin, suggestion)));
        Assert.Single(race, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(3, race.Count(r => r.StatusCode == HttpStatusCode.Conflict));

        Assert.Equal(2, (await ListAsync(cast.Moderator.Http, cast)).Single().Votes);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _app.Anonymous().PostAsync($"api/suggestions/{suggestion.Id}/votes", null)).StatusCode);
        Assert.Equal("There is no such suggestion.", await Http.ProblemDetailAsync(await cast.Guest.Http.PostAsync("api/suggestions/999999/votes", null), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task SuggestionChanged_tells_the_room_of_a_suggestion_at_once_and_of_votes_at_most_twice_a_second()
    {
        var cast = await StartAsync();
        await using var reader = await _app.ConnectAsync();
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await reader.JoinAsync(cast.ChatId);
        await moderator.JoinAsync(cast.ChatId);

        var suggestion = await SuggestAsync(cast, cast.Participant, Idea);
        var told = (await reader.WaitForAsync("SuggestionChanged")).Suggestion();
        Assert.Equal(suggestion.Id, told.Id);
        Assert.Equal(0, told.Votes);
        await moderator.WaitForAsync("SuggestionChanged");

        // Three votes, one tick: one SuggestionChanged carrying all three.
        foreach (var voter in new[] { cast.Guest, cast.Admin, cast.Moderator })
        {
            await Http.ExpectAsync(await VoteAsync(voter, suggestion), HttpStatusCode.OK);
        }

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        var counted = (await reader.WaitForAsync("SuggestionChanged", e => e.Suggestion().Votes == 3)).Suggestion();
        Assert.False(counted.Voted);
        await moderator.WaitForAsync("SuggestionChanged", e => e.Suggestion().Votes == 3);

        // Another suggestion marks the end of the stream: nothing else came for the first one.
        await SuggestAsync(cast, cast.Guest, Other);
        await reader.WaitForAsync("SuggestionChanged", e => e.Suggestion().Text == Other);
        Assert.Equal(2, reader.Events.Count(e => e.Name == "SuggestionChanged" && e.Suggestion().Id == suggestion.Id));
    }

    [Fact]
    public async Task Asking_a_suggestion_posts_the_next_question_after_the_planned_ones_crediting_who_suggested_it()
    {
        var cast = await StartAsync();
        var suggestion = await SuggestAsync(cast, cast.Participant, Idea);
        var other = await SuggestAsync(cast, cast.Guest, Other);
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);

        // Three planned questions: the first asked suggestion is Q4, whatever was asked before.
        var post = await Http.ReadAsync<PostView>(await cast.Moderator.Http.PostAsync($"api/suggestions/{suggestion.Id}/ask", null), HttpStatusCode.Created);
        Assert.Equal("question", post.Kind);
        Assert.Equal("Q4", post.Label);
        Assert.Equal(4, post.QuestionNumber);
        Assert.Equal($"{Idea}\n\n— suggested by @pat", post.Text);
        Assert.Contains("href=\"/@pat\"", post.Html, StringComparison.Ordinal);
        var added = await reader.WaitForPostAsync("PostAdded", p => p.Id == post.Id);
        Assert.Equal("Q4", added.Label);
        var changed = (await reader.WaitForAsync("SuggestionChanged", e => e.Suggestion().Status == "asked")).Suggestion();
        Assert.Equal(4, changed.QuestionNumber);
        var chat = (await reader.WaitForAsync("ChatChanged", e => e.Chat.Questions.Any(q => q.Number == 4))).Chat;
        Assert.NotNull(chat.Questions.Single(q => q.Number == 4).AskedAt);

        // The hub's AskSuggestion returns the post; the next one is Q5.
        var next = (await moderator.InvokeAsync("AskSuggestion", other.Id)).Deserialize<PostView>(Http.Json)!;
        Assert.Equal("Q5", next.Label);
        Assert.EndsWith("— suggested by @gene", next.Text, StringComparison.Ordinal);

        // It is a question like the planned ones: answers take its label; the planned Q1 is still Q1.
        var answer = await cast.PostAsync(cast.Guest, "A4 I read their posts first");
        Assert.Equal("A4", answer.Label);
        Assert.Equal("Q1", (await cast.AskAsync(1)).Label);

        Assert.Equal("This suggestion has already been asked.", await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsync($"api/suggestions/{suggestion.Id}/ask", null), HttpStatusCode.Conflict));
        Assert.Equal("This suggestion has already been asked.", await Http.ProblemDetailAsync(await VoteAsync(cast.Admin, suggestion), HttpStatusCode.Conflict));
        var listed = await ListAsync(_app.Anonymous(), cast);
        Assert.All(listed, s => Assert.Equal("asked", s.Status));
        Assert.Equal([4, 5], listed.Select(s => s.QuestionNumber).Order());
        var audit = await cast.AuditAsync();
        Assert.Equal(2, audit.Count(a => a.Action == "suggestion.asked"));
        Assert.Contains(audit, a => a.Action == "suggestion.asked" && a.Target == "Q4" && a.Detail == Idea);
        Assert.Contains(audit, a => a.Action == "question.asked" && a.Target == "Q4");
    }

    [Fact]
    public async Task Only_moderators_ask_or_dismiss_a_suggestion()
    {
        var cast = await StartAsync();
        var suggestion = await SuggestAsync(cast, cast.Participant, Idea);
        const string Sentence = "Only a moderator of this community can do that.";
        Assert.Equal(Sentence, await Http.ProblemDetailAsync(await cast.Guest.Http.PostAsync($"api/suggestions/{suggestion.Id}/ask", null), HttpStatusCode.Forbidden));
        Assert.Equal(Sentence, await Http.ProblemDetailAsync(await cast.Participant.Http.PostAsync($"api/suggestions/{suggestion.Id}/dismiss", null), HttpStatusCode.Forbidden));
        await using var participant = await _app.ConnectAsync(cast.Participant);
        Assert.Equal(Sentence, await participant.RefusalAsync("AskSuggestion", suggestion.Id));
        Assert.Equal(Sentence, await participant.RefusalAsync("DismissSuggestion", suggestion.Id));
        Assert.Equal(["open"], (await ListAsync(cast.Moderator.Http, cast)).Select(s => s.Status));
        Assert.DoesNotContain(await cast.PostsAsync(cast.Moderator.Http), p => p.QuestionNumber == 4);
    }

    [Fact]
    public async Task A_dismissed_suggestion_leaves_the_rooms_list_and_only_moderators_still_see_it()
    {
        var cast = await StartAsync();
        var suggestion = await SuggestAsync(cast, cast.Participant, Idea);
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        var dismissed = await Http.ReadAsync<SuggestionView>(await cast.Moderator.Http.PostAsync($"api/suggestions/{suggestion.Id}/dismiss", null), HttpStatusCode.OK);
        Assert.Equal("dismissed", dismissed.Status);
        Assert.Equal("dismissed", (await reader.WaitForAsync("SuggestionChanged", e => e.Suggestion().Id == suggestion.Id)).Suggestion().Status);

        Assert.Empty(await ListAsync(_app.Anonymous(), cast));
        Assert.Empty(await ListAsync(cast.Participant.Http, cast));
        Assert.Equal(["dismissed"], (await ListAsync(cast.Moderator.Http, cast)).Select(s => s.Status));
        Assert.Equal("There is no such suggestion.", await Http.ProblemDetailAsync(await VoteAsync(cast.Guest, suggestion), HttpStatusCode.NotFound));
        Assert.Equal("This suggestion has been dismissed.", await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsync($"api/suggestions/{suggestion.Id}/ask", null), HttpStatusCode.Conflict));
        Assert.Single(await cast.AuditAsync(), a => a.Action == "suggestion.dismissed");

        // Join: a reader gets the open and asked ones, a moderator every one.
        await using var late = await _app.ConnectAsync();
        Assert.Equal(0, (await late.InvokeAsync("Join", cast.ChatId, 0L)).GetProperty("suggestions").GetArrayLength());
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        var seen = (await moderator.InvokeAsync("Join", cast.ChatId, 0L)).GetProperty("suggestions").Deserialize<List<SuggestionView>>(Http.Json)!;
        Assert.Equal("dismissed", seen.Single().Status);
    }

    [Fact]
    public async Task Join_brings_the_suggestions_with_the_joiners_own_votes()
    {
        var cast = await StartAsync();
        var suggestion = await SuggestAsync(cast, cast.Participant, Idea);
        await Http.ExpectAsync(await VoteAsync(cast.Guest, suggestion), HttpStatusCode.OK);

        await using var guest = await _app.ConnectAsync(cast.Guest);
        var mine = (await guest.InvokeAsync("Join", cast.ChatId, 0L)).GetProperty("suggestions").Deserialize<List<SuggestionView>>(Http.Json)!;
        Assert.True(mine.Single().Voted);
        Assert.Equal(1, mine.Single().Votes);
        await using var reader = await _app.ConnectAsync();
        var theirs = (await reader.InvokeAsync("Join", cast.ChatId, 0L)).GetProperty("suggestions").Deserialize<List<SuggestionView>>(Http.Json)!;
        Assert.False(theirs.Single().Voted);
        Assert.Equal(Idea, theirs.Single().Text);
    }

    [Fact]
    public async Task The_transcript_and_its_exports_list_the_suggestions_never_asked_with_their_votes()
    {
        var cast = await StartAsync();
        var popular = await SuggestAsync(cast, cast.Participant, Idea);
        var asked = await SuggestAsync(cast, cast.Guest, "Which tool do you use for scheduling axolotl");
        var dismissed = await SuggestAsync(cast, cast.Guest, "Buy my course pangolin");
        _clock.Advance(TimeSpan.FromSeconds(1));
        var quiet = await SuggestAsync(cast, cast.Guest, Other);
        await Http.ExpectAsync(await VoteAsync(cast.Guest, popular), HttpStatusCode.OK);
        await Http.ExpectAsync(await VoteAsync(cast.Admin, popular), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/suggestions/{asked.Id}/ask", null), HttpStatusCode.Created);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/suggestions/{dismissed.Id}/dismiss", null), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);

        var page = await _app.Anonymous().GetStringAsync(cast.Chat.Url);
        Assert.Contains("Audience questions not asked", page, StringComparison.Ordinal);
        Assert.Contains(Idea, page, StringComparison.Ordinal);
        Assert.Contains("<bdi>Pat Doe</bdi> (@pat) · 2 votes", page, StringComparison.Ordinal);
        Assert.Contains("<bdi>Gene Petrov</bdi> (@gene) · 0 votes", page, StringComparison.Ordinal);
        Assert.DoesNotContain("pangolin", page, StringComparison.Ordinal);

        var json = await _app.Anonymous().GetFromJsonAsync<JsonElement>($"api/chats/{cast.ChatId}/transcript", Http.Json);
        var listed = json.GetProperty("suggestions").EnumerateArray().Select(s => (s.GetProperty("text").GetString(), s.GetProperty("votes").GetInt32())).ToList();
        Assert.Equal([(Idea, 2), (Other, 0)], listed);

        var markdown = await (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript.md")).Content.ReadAsStringAsync();
        Assert.Contains($"## Audience questions not asked\n\n- Pat Doe (@pat), 2 votes: {Idea}\n- Gene Petrov (@gene), 0 votes: {Other}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("axolotl", markdown, StringComparison.Ordinal); // asked: in the transcript as Q4
        Assert.DoesNotContain("pangolin", markdown, StringComparison.Ordinal);
        Assert.Equal(quiet.Id, (await ListAsync(_app.Anonymous(), cast)).Last(s => s.Status == "open").Id);
    }

    private async Task<Cast> StartAsync() => await Cast.CreateAsync(_app, start: true, scheduledStart: _clock.GetUtcNow());

    private static async Task<SuggestionView> SuggestAsync(Cast cast, Person author, string text) =>
        await Http.ReadAsync<SuggestionView>(
            await author.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/suggestions", new { text }),
            HttpStatusCode.Created);

    private static Task<HttpResponseMessage> VoteAsync(Person person, SuggestionView suggestion) =>
        person.Http.PostAsync($"api/suggestions/{suggestion.Id}/votes", null);

    private static async Task<List<SuggestionView>> ListAsync(HttpClient client, Cast cast) =>
        await Http.ReadAsync<List<SuggestionView>>(await client.GetAsync($"api/chats/{cast.ChatId}/suggestions"), HttpStatusCode.OK);
}
