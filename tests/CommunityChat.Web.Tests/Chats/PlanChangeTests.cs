namespace CommunityChat.Web.Tests.Chats;

/// <summary>SPEC rule 27: moderators change a plan before the start, schedule a draft, delete a chat that hasn't started.</summary>
public sealed class PlanChangeTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Before_the_start_a_moderator_changes_everything_including_the_question_list()
    {
        var cast = await Cast.CreateAsync(_app, scheduledStart: DateTimeOffset.UtcNow.AddDays(2));
        await _app.SignUpAsync("ana", "Ana Other");
        var before = await cast.Moderator.Http.PlanAsync(cast.ChatId);
        var start = new DateTimeOffset(2030, 3, 7, 18, 30, 0, TimeSpan.Zero);

        var changed = await cast.Moderator.ChangePlanAsync(cast.ChatId, new
        {
            title = "Moderation without drama",
            topic = "Trolls, and how to starve them",
            format = "2 questions",
            hashtag = "#CalmChat",
            scheduledStart = start,
            durationMinutes = 45,
            guests = new[] { "@ana" },
            questions = new object[]
            {
                new { number = 1, text = "Who moderates your community?", offsetMinutes = 0 },
                new { number = 2, text = Cast.Q3 + " (reworded)", offsetMinutes = 40 },
            },
            autopilot = true,
        });

        var read = await cast.Moderator.Http.PlanAsync(cast.ChatId);
        Assert.Equal(changed, read with { Guests = changed.Guests, Questions = changed.Questions });
        Assert.Equal(("Moderation without drama", "Trolls, and how to starve them", "2 questions", "CalmChat"), (read.Title, read.Topic, read.Format, read.Hashtag));
        Assert.Equal((start.UtcDateTime, 45, true, "scheduled"), (read.ScheduledStart, read.DurationMinutes, read.Autopilot, read.Status));
        Assert.Equal(["ana"], read.Guests.Select(g => g.Handle));
        Assert.Equal([(1, "Who moderates your community?", (int?)0), (2, Cast.Q3 + " (reworded)", 40)], read.Questions.Select(q => (q.Number, q.Text, q.OffsetMinutes)));
        Assert.Equal(before.PlanVersion + 1, read.PlanVersion);
        Assert.Null((await _app.Anonymous().PlanAsync(cast.ChatId)).PlanVersion);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "chat.plan.changed" && a.Detail!.Contains("title", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_that_changes_nothing_keeps_the_version()
    {
        var cast = await Cast.CreateAsync(_app);
        var before = await cast.Moderator.Http.PlanAsync(cast.ChatId);

        var same = await cast.Moderator.ChangePlanAsync(cast.ChatId, new { title = before.Title, planVersion = before.PlanVersion });

        Assert.Equal(before.PlanVersion, same.PlanVersion);
    }

    [Fact]
    public async Task A_draft_is_scheduled_with_draft_false_and_then_readers_see_it()
    {
        var cast = await Cast.CreateAsync(_app);
        var draft = await cast.CreateDraftAsync("Next week's chat");
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync($"api/chats/{draft.Id}")).StatusCode);

        var scheduled = await cast.Moderator.ChangePlanAsync(draft.Id, new { draft = false });

        Assert.Equal("scheduled", scheduled.Status);
        Assert.Equal("scheduled", (await _app.Anonymous().PlanAsync(draft.Id)).Status);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "chat.plan.changed" && a.Detail == "scheduled");
    }

    [Fact]
    public async Task A_draft_or_scheduled_chat_is_deleted_with_204_and_is_gone()
    {
        var cast = await Cast.CreateAsync(_app);
        var draft = await cast.CreateDraftAsync("A draft to drop");

        await Http.ExpectAsync(await cast.Moderator.Http.DeleteAsync($"api/chats/{draft.Id}"), HttpStatusCode.NoContent);
        await Http.ExpectAsync(await cast.Moderator.Http.DeleteAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.NotFound, (await cast.Moderator.Http.GetAsync($"api/chats/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}")).StatusCode);
        Assert.Empty(await Http.ReadAsync<List<PlanView>>(await cast.Moderator.Http.GetAsync($"api/communities/{Cast.Community}/chats"), HttpStatusCode.OK));
        Assert.Equal(2, (await cast.AuditAsync()).Count(a => a.Action == "chat.deleted"));
        Assert.Equal("There is no such chat.", await Http.ProblemDetailAsync(await cast.Moderator.Http.DeleteAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_live_or_ended_chat_cannot_be_deleted_and_an_ended_plan_cannot_change()
    {
        var cast = await Cast.CreateAsync(_app, start: true);

        Assert.Equal("A live chat can't be deleted. End it instead.",
            await Http.ProblemDetailAsync(await cast.Moderator.Http.DeleteAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.Conflict));
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        Assert.Equal("An ended chat can't be deleted: its transcript is part of the archive.",
            await Http.ProblemDetailAsync(await cast.Moderator.Http.DeleteAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.Conflict));
        Assert.Equal("This chat has ended: its plan can't change any more.",
            await Http.ProblemDetailAsync(await cast.Moderator.PutPlanAsync(cast.ChatId, new { title = "Renamed afterwards" }), HttpStatusCode.Conflict));
        Assert.Equal("ended", (await _app.Anonymous().PlanAsync(cast.ChatId)).Status);
    }

    [Fact]
    public async Task Only_a_moderator_changes_or_deletes_a_plan_and_a_draft_is_not_found_by_others()
    {
        var cast = await Cast.CreateAsync(_app);
        var draft = await cast.CreateDraftAsync("Hidden draft");

        Assert.Equal("Only a moderator of this community can do that.",
            await Http.ProblemDetailAsync(await cast.Participant.PutPlanAsync(cast.ChatId, new { title = "Mine now" }), HttpStatusCode.Forbidden));
        Assert.Equal("Only a moderator of this community can do that.",
            await Http.ProblemDetailAsync(await cast.Guest.Http.DeleteAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.Forbidden));
        await Http.ProblemDetailAsync(await cast.Participant.PutPlanAsync(draft.Id, new { title = "Mine now" }), HttpStatusCode.NotFound);
        await Http.ProblemDetailAsync(await cast.Moderator.PutPlanAsync(9999, new { title = "Nothing" }), HttpStatusCode.NotFound);
        await Http.ProblemDetailAsync(await _app.Anonymous().DeleteAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.Unauthorized);

        Assert.Equal("Leadership in social media communities", (await _app.Anonymous().PlanAsync(cast.ChatId)).Title);
        Assert.Equal("Hidden draft", (await cast.Moderator.Http.PlanAsync(draft.Id)).Title);
    }

    [Theory]
    [InlineData("""{"title":"  "}""", "A chat's title is 1 to 200 characters.")]
    [InlineData("""{"hashtag":"#1bad"}""", "A hashtag starts with a letter and holds only letters, digits or underscores.")]
    [InlineData("""{"durationMinutes":2}""", "A chat lasts 5 to 600 minutes.")]
    [InlineData("""{"scheduledStart":"2001-01-01T00:00:00Z"}""", "A chat starts within a year before and five years after today.")]
    [InlineData("""{"guests":["nobody_here"]}""", "There is no account @nobody_here to invite as a guest.")]
    [InlineData("""{"questions":[{"number":1,"text":"a"},{"number":1,"text":"b"}]}""", "Q1 is planned twice.")]
    [InlineData("""{"questions":[{"number":2,"text":" "}]}""", "Q2 needs a text of 1 to 500 characters.")]
    [InlineData("""{"questions":[{"number":2,"text":"late","offsetMinutes":61}]}""", "Q2 is timed outside the chat: use 0 to 60 minutes.")]
    [InlineData("""{"durationMinutes":15}""", "Q3 is timed outside the chat: use 0 to 15 minutes.")]
    public async Task Bad_input_is_refused_with_a_sentence_and_changes_nothing(string body, string detail)
    {
        var cast = await Cast.CreateAsync(_app);
        var before = await cast.Moderator.Http.PlanAsync(cast.ChatId);

        var response = await cast.Moderator.Http.PutAsync($"api/chats/{cast.ChatId}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(detail, await Http.ProblemDetailAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(before, await cast.Moderator.Http.PlanAsync(cast.ChatId) with { Guests = before.Guests, Questions = before.Questions });
        Assert.Equal(before.Questions, (await cast.Moderator.Http.PlanAsync(cast.ChatId)).Questions);
    }

    [Fact]
    public async Task A_malformed_if_match_is_refused_with_a_sentence()
    {
        var cast = await Cast.CreateAsync(_app);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"api/chats/{cast.ChatId}") { Content = JsonContent.Create(new { title = "x" }) };
        request.Headers.TryAddWithoutValidation("If-Match", "\"three\"");

        Assert.Equal("If-Match holds the plan's version in quotes, as in \"3\".",
            await Http.ProblemDetailAsync(await cast.Moderator.Http.SendAsync(request), HttpStatusCode.BadRequest));
    }
}
