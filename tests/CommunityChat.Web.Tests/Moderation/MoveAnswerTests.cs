namespace CommunityChat.Web.Tests.Moderation;

/// <summary>
/// SPEC rule 21: a moderator moves a post to another asked question; it becomes an answer there with its author's next
/// free letter, its replies follow, everyone sees the change live, and the audit log keeps it.
/// </summary>
public sealed class MoveAnswerTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_answer_filed_under_the_wrong_question_moves_with_the_authors_next_letter_and_the_room_sees_it()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await cast.AskAsync(2);
        var first = await cast.PostAsync(cast.Participant, "A2 My real answer to Q2");
        var wrong = await cast.PostAsync(cast.Participant, "A1 Meant for Q2 too");
        var reply = await cast.PostAsync(cast.Guest, "Good point", replyToId: wrong.Id);
        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);

        var moved = await Http.ReadAsync<PostView>(
            await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{wrong.Id}/move", new { questionNumber = 2 }), HttpStatusCode.OK);

        Assert.Equal(("answer", "A2b", 2, "b", "Meant for Q2 too", wrong.Sequence), (moved.Kind, moved.Label, moved.QuestionNumber, moved.Part, moved.Text, moved.Sequence));
        Assert.Equal("A2b", (await reader.WaitForPostAsync("PostChanged", p => p.Id == wrong.Id)).Label);
        Assert.Equal(2, (await reader.WaitForPostAsync("PostChanged", p => p.Id == reply.Id)).QuestionNumber);
        var audit = Assert.Single(await cast.AuditAsync(), a => a.Action == "post.moved");
        Assert.Equal(("mod", "A1 → A2b"), (audit.Actor, audit.Detail));

        // The letter it left is free again for its author, and the transcript files it under Q2.
        Assert.Equal("A1", (await cast.PostAsync(cast.Participant, "A1 Now for Q1")).Label);
        var transcript = await (await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript.md")).Content.ReadAsStringAsync();
        Assert.True(transcript.IndexOf("Meant for Q2 too", StringComparison.Ordinal) > transcript.IndexOf(Cast.Q2, StringComparison.Ordinal));
        Assert.NotEqual(first.Id, moved.Id);
    }

    [Fact]
    public async Task A_reply_that_is_really_an_answer_becomes_one_over_the_hub()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        var guest = await cast.PostAsync(cast.Guest, "A1 Leaders listen");
        var reply = await cast.PostAsync(cast.Participant, "Leaders also show up every week", replyToId: guest.Id);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);

        var moved = (await moderator.InvokeAsync("Move", reply.Id, 1)).Deserialize<PostView>(Http.Json)!;

        Assert.Equal(("answer", "A1", (long?)null), (moved.Kind, moved.Label, moved.ReplyToId));
        // Moving it where it already is changes nothing.
        var again = (await moderator.InvokeAsync("Move", reply.Id, 1)).Deserialize<PostView>(Http.Json)!;
        Assert.Equal("A1", again.Label);
        Assert.Single(await cast.AuditAsync(), a => a.Action == "post.moved");
    }

    [Fact]
    public async Task Moving_is_for_moderators_to_an_asked_question_and_never_a_question_itself()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var q1 = await cast.AskAsync(1);
        var post = await cast.PostAsync(cast.Participant, "A1 Stay where you are");

        await Http.ProblemDetailAsync(await cast.Participant.Http.PostAsJsonAsync($"api/posts/{post.Id}/move", new { questionNumber = 1 }), HttpStatusCode.Forbidden);
        await Http.ProblemDetailAsync(await cast.Guest.Http.PostAsJsonAsync($"api/posts/{post.Id}/move", new { questionNumber = 1 }), HttpStatusCode.Forbidden);
        await Http.ExpectAsync(await _app.Anonymous().PostAsJsonAsync($"api/posts/{post.Id}/move", new { questionNumber = 1 }), HttpStatusCode.Unauthorized);
        Assert.Equal("Q3 hasn't been asked yet.", await Http.ProblemDetailAsync(
            await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/move", new { questionNumber = 3 }), HttpStatusCode.BadRequest));
        Assert.Equal("Choose the question to move it to.", await Http.ProblemDetailAsync(
            await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/move", new { }), HttpStatusCode.BadRequest));
        Assert.Equal("A question can't be moved: correct it in the plan.", await Http.ProblemDetailAsync(
            await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{q1.Id}/move", new { questionNumber = 1 }), HttpStatusCode.Conflict));
        await Http.ProblemDetailAsync(await cast.Moderator.Http.PostAsJsonAsync("api/posts/999999/move", new { questionNumber = 1 }), HttpStatusCode.NotFound);

        Assert.Equal("A1", Assert.Single(await cast.PostsAsync(_app.Anonymous()), p => p.Id == post.Id).Label);
        Assert.DoesNotContain(await cast.AuditAsync(), a => a.Action == "post.moved");
    }
}
