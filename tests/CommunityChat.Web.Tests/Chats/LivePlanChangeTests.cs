namespace CommunityChat.Web.Tests.Chats;

/// <summary>
/// SPEC rule 27 while a chat is live: unasked questions can be edited, added and removed (and stay secret, rule 2); an
/// asked question's text can be corrected, and everyone sees the correction at once, marked edited, and it is audited.
/// </summary>
public sealed class LivePlanChangeTests : IAsyncLifetime
{
    private const string Secret = "Which pangolin habit should moderators copy";
    private const string Added = "What would a narwhal ask the guest";

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Unasked_questions_are_edited_added_and_removed_but_an_asked_one_is_not_removed()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);

        var changed = await cast.Moderator.ChangePlanAsync(cast.ChatId, new
        {
            questions = PlanApi.Questions((1, Cast.Q1), (2, Secret), (4, Added)),
        });

        Assert.Equal([(1, Cast.Q1), (2, Secret), (4, Added)], changed.Questions.Select(q => (q.Number, q.Text)));
        Assert.NotNull(changed.Questions[0].AskedAt);
        Assert.Equal("Q1 has been asked: it can't be removed. Correct its text instead.", await Http.ProblemDetailAsync(
            await cast.Moderator.PutPlanAsync(cast.ChatId, new { questions = PlanApi.Questions((2, Secret), (4, Added)) }), HttpStatusCode.Conflict));
        Assert.Equal([1, 2, 4], (await cast.Moderator.Http.PlanAsync(cast.ChatId)).Questions.Select(q => q.Number));
        var asked = await cast.AskAsync(4);
        Assert.Equal(Added, asked.Text);
    }

    [Fact]
    public async Task While_live_the_title_changes_but_schedule_hashtag_guests_and_draft_are_refused_with_a_sentence()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var plan = await cast.Moderator.Http.PlanAsync(cast.ChatId);

        var retitled = await cast.Moderator.ChangePlanAsync(cast.ChatId, new
        {
            title = "Renamed live",
            topic = "A sharper topic",
            hashtag = plan.Hashtag,
            scheduledStart = new DateTimeOffset(plan.ScheduledStart, TimeSpan.Zero),
            durationMinutes = plan.DurationMinutes,
            guests = plan.Guests.Select(g => g.Handle),
            draft = false,
        });

        Assert.Equal(("Renamed live", "A sharper topic"), (retitled.Title, retitled.Topic));
        var refusals = new (object Body, string Detail)[]
        {
            (new { hashtag = "Elsewhere" }, "The hashtag can't change once the chat has started: posts already carry it."),
            (new { scheduledStart = DateTimeOffset.UtcNow.AddDays(1) }, "The schedule can't change once the chat has started."),
            (new { durationMinutes = 90 }, "The schedule can't change once the chat has started."),
            (new { guests = Array.Empty<string>() }, "Guests can't change once the chat has started."),
            (new { draft = true }, "A live chat can't go back to being a draft."),
        };
        foreach (var (body, detail) in refusals)
        {
            Assert.Equal(detail, await Http.ProblemDetailAsync(await cast.Moderator.PutPlanAsync(cast.ChatId, body), HttpStatusCode.Conflict));
        }

        var after = await cast.Moderator.Http.PlanAsync(cast.ChatId);
        Assert.Equal((plan.Hashtag, plan.ScheduledStart, 60, "live", 1), (after.Hashtag, after.ScheduledStart, after.DurationMinutes, after.Status, after.Guests.Count));
    }

    [Fact]
    public async Task Correcting_an_asked_question_reaches_the_room_as_PostChanged_marked_edited_and_is_audited_and_in_the_transcript()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var question = await cast.AskAsync(1);
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);
        const string Fixed = "What makes a **leader** worth following online?";

        await cast.Moderator.ChangePlanAsync(cast.ChatId, new { questions = PlanApi.Questions((1, Fixed), (2, Cast.Q2), (3, Cast.Q3)) });

        var changed = await reader.WaitForPostAsync("PostChanged", p => p.Id == question.Id);
        Assert.Equal((Fixed, "Q1", question.Sequence), (changed.Text, changed.Label, changed.Sequence));
        Assert.Contains("<strong>leader</strong>", changed.Html, StringComparison.Ordinal);
        Assert.NotNull(changed.EditedAt);
        var stored = Assert.Single(await cast.PostsAsync(_app.Anonymous()), p => p.Id == question.Id);
        Assert.Equal((Fixed, changed.EditedAt), (stored.Text, stored.EditedAt));
        var audit = await cast.AuditAsync();
        Assert.Contains(audit, a => a.Action == "question.corrected" && a.Target == "Q1" && a.Detail == Cast.Q1 && a.Actor == "mod");
        var transcript = await (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript.md")).Content.ReadAsStringAsync();
        Assert.Contains(Fixed, transcript, StringComparison.Ordinal);
        Assert.DoesNotContain(Cast.Q1, transcript, StringComparison.Ordinal);
        var everyone = await reader.WaitForAsync("ChatChanged");
        Assert.Equal(Fixed, Assert.Single(everyone.Chat.Questions).Text);
    }

    [Fact]
    public async Task Unasked_question_edits_reach_moderators_and_never_anyone_else()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await using var reader = await _app.ConnectAsync();
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await using var guest = await _app.ConnectAsync(cast.Guest);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        foreach (var client in new[] { reader, participant, guest, moderator })
        {
            await client.JoinAsync(cast.ChatId);
        }

        await cast.Moderator.ChangePlanAsync(cast.ChatId, new
        {
            title = "Marker title",
            questions = PlanApi.Questions((1, Cast.Q1), (2, Secret), (3, Cast.Q3), (4, Added)),
        });

        var forModerators = await moderator.WaitForAsync("ChatChanged");
        Assert.Equal([Cast.Q1, Secret, Cast.Q3, Added], forModerators.Chat.Questions.Select(q => q.Text));
        foreach (var outsider in new[] { reader, participant, guest })
        {
            var seen = await outsider.WaitForAsync("ChatChanged", e => e.Chat.Title == "Marker title");
            Assert.Equal([1], seen.Chat.Questions.Select(q => q.Number));
            var received = outsider.EverythingReceived;
            Assert.DoesNotContain("pangolin", received, StringComparison.Ordinal);
            Assert.DoesNotContain("narwhal", received, StringComparison.Ordinal);
            Assert.DoesNotContain("planVersion\":1", received, StringComparison.Ordinal);
        }

        foreach (var http in new[] { _app.Anonymous(), cast.Participant.Http, cast.Guest.Http })
        {
            var chat = await (await http.GetAsync($"api/chats/{cast.ChatId}")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("pangolin", chat, StringComparison.Ordinal);
            Assert.DoesNotContain("narwhal", chat, StringComparison.Ordinal);
        }
    }
}
