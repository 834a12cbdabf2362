namespace CommunityChat.Web.Tests.Live;

/// <summary>One chat from plan to transcript, over the API and the hub, as its people see it.</summary>
public sealed class ChatLoopTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Whole_chat_runs_from_plan_to_exports()
    {
        var cast = await Cast.CreateAsync(_app);
        Assert.Equal("scheduled", cast.Chat.Status);
        Assert.Equal(["gene"], cast.Chat.Guests.Select(g => g.Handle));
        Assert.Equal(3, cast.Chat.Questions.Count);
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await using var guest = await _app.ConnectAsync(cast.Guest);
        await using var participant = await _app.ConnectAsync(cast.Participant);
        await using var reader = await _app.ConnectAsync();
        foreach (var client in new[] { moderator, guest, participant, reader })
        {
            await client.JoinAsync(cast.ChatId);
        }

        // Start and ask Q1 over the API; the room hears both.
        var started = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/start", null), HttpStatusCode.OK);
        Assert.Equal("live", started.Status);
        Assert.Equal("live", (await reader.WaitForAsync("ChatChanged")).Chat.Status);
        var q1 = await cast.AskAsync(1);
        Assert.Equal(("question", "Q1", Cast.Q1, "host"), (q1.Kind, q1.Label, q1.Text, q1.Author.Role));
        Assert.Equal(q1.Id, (await reader.WaitForPostAsync("PostAdded", p => p.Label == "Q1")).Id);

        // Answers: the label in the text, the picker's question number, automatic letters.
        var patA1 = await participant.SendAsync(cast.ChatId, "a1: Consistency matters most", null, null);
        var geneA1 = await guest.SendAsync(cast.ChatId, "A1 Leadership is listening first");
        var patA1b = await participant.SendAsync(cast.ChatId, "And showing up every week", 1, null);
        Assert.Equal(("answer", "A1", "Consistency matters most", 1), (patA1.Kind, patA1.Label, patA1.Text, patA1.QuestionNumber));
        Assert.Equal(("A1", "guest"), (geneA1.Label, geneA1.Author.Role));
        Assert.Equal(("A1b", "b"), (patA1b.Label, patA1b.Part));
        Assert.Equal("Leadership is listening first", (await reader.WaitForPostAsync("PostAdded", p => p.Id == geneA1.Id)).Text);

        // Refusals a participant sees, with the text kept.
        Assert.Equal(
            "You already posted A1b. Use another letter, or leave the letter off and it's added for you.",
            await participant.RefusalAsync("Send", cast.ChatId, "A1b once more", null, null));
        Assert.Equal("Q2 hasn't been asked yet.", await participant.RefusalAsync("Send", cast.ChatId, "A2 too early", null, null));
        Assert.Equal("Q2 hasn't been asked yet.", await participant.RefusalAsync("Send", cast.ChatId, "Too early by picker", 2, null));
        Assert.Equal(
            "Your text is 281 characters; the limit is 280. Shorten it by 1.",
            await participant.RefusalAsync("Send", cast.ChatId, "A1 " + new string('x', 281), null, null));
        Assert.Equal("Write something before sending.", await participant.RefusalAsync("Send", cast.ChatId, "   ", null, null));

        // A reply, likes.
        var reply = await guest.SendAsync(cast.ChatId, "Agreed with you on that", null, patA1.Id);
        Assert.Equal(("reply", patA1.Id, 1), (reply.Kind, reply.ReplyToId, reply.QuestionNumber));
        var liked = await Http.ReadAsync<PostView>(await cast.Guest.Http.PostAsync($"api/posts/{patA1.Id}/likes", null), HttpStatusCode.OK);
        Assert.Equal(1, liked.Likes);
        await reader.WaitForPostAsync("PostChanged", p => p.Id == patA1.Id && p.Likes == 1);
        await participant.InvokeAsync("Like", patA1.Id);
        await reader.WaitForPostAsync("PostChanged", p => p.Id == patA1.Id && p.Likes == 2);
        await guest.InvokeAsync("Unlike", patA1.Id);
        await reader.WaitForPostAsync("PostChanged", p => p.Id == patA1.Id && p.Likes == 1);

        // Hiding: gone for readers at once, marked for moderators.
        var hidden = (await moderator.InvokeAsync("Hide", patA1b.Id, "Off topic")).Deserialize<PostView>(Http.Json)!;
        Assert.True(hidden.Hidden);
        Assert.Equal(patA1b.Id, (await reader.WaitForAsync("PostRemoved", e => e.RemovedPostId == patA1b.Id)).RemovedPostId);
        Assert.True((await moderator.WaitForPostAsync("PostChanged", p => p.Id == patA1b.Id)).Hidden);
        Assert.DoesNotContain(patA1b.Id, (await cast.PostsAsync(_app.Anonymous())).Select(p => p.Id));
        // Its author keeps seeing it, marked with the reason (rule 28).
        var seenByAuthor = Assert.Single(await cast.PostsAsync(cast.Participant.Http), p => p.Id == patA1b.Id);
        Assert.True(seenByAuthor.Hidden);
        Assert.Equal("Off topic", seenByAuthor.HiddenReason);
        Assert.DoesNotContain(patA1b.Id, (await cast.PostsAsync(cast.Guest.Http)).Select(p => p.Id));
        Assert.True(Assert.Single(await cast.PostsAsync(cast.Moderator.Http), p => p.Id == patA1b.Id).Hidden);
        // A marker sent after the hide: once the reader has it, whatever the hide sent the reader has arrived too,
        // so "no PostChanged for the hidden post" is a fact, not a race.
        await participant.InvokeAsync("Like", geneA1.Id);
        await reader.WaitForPostAsync("PostChanged", p => p.Id == geneA1.Id && p.Likes == 1);
        Assert.DoesNotContain(reader.Events, e => e.Name == "PostChanged" && e.Post.Id == patA1b.Id);
        // Seven refusals went through the sequence's transaction and rolled back: no number was used up.
        var all = await cast.PostsAsync(cast.Moderator.Http);
        Assert.Equal(Enumerable.Range(1, all.Count).Select(n => (long?)n), all.Select(p => p.Sequence));

        // End: read-only.
        Assert.Equal("ended", (await moderator.InvokeAsync("End", cast.ChatId)).GetProperty("status").GetString());
        Assert.Equal("ended", (await reader.WaitForAsync("ChatChanged", e => e.Chat.Status == "ended")).Chat.Status);
        Assert.Equal("This chat has ended; its transcript is read-only.", await participant.RefusalAsync("Send", cast.ChatId, "A1c late", null, null));
        var late = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "late" });
        Assert.Equal("This chat has ended; its transcript is read-only.", await Http.ProblemDetailAsync(late, HttpStatusCode.Conflict));

        // Transcript: guest first under Q1, then the others with their replies; the hidden post nowhere.
        var transcript = await Http.ReadAsync<TranscriptDocumentView>(await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript"), HttpStatusCode.OK);
        var section = Assert.Single(transcript.Transcript.Questions);
        Assert.Equal((1, Cast.Q1), (section.Question.Number, section.Question.Text));
        Assert.Equal(geneA1.Id, Assert.Single(section.GuestAnswers).Post.Id);
        var other = Assert.Single(section.Answers);
        Assert.Equal(patA1.Id, other.Post.Id);
        Assert.Equal(reply.Id, Assert.Single(other.Replies).Post.Id);

        var visible = new[] { q1.Text, geneA1.Text, patA1.Text, reply.Text };
        foreach (var format in new[] { "md", "json", "csv", "txt" })
        {
            var response = await _app.Anonymous().GetAsync($"api/chats/{cast.ChatId}/transcript.{format}");
            await Http.ExpectAsync(response, HttpStatusCode.OK);
            var export = await response.Content.ReadAsStringAsync();
            Assert.All(visible, text => Assert.Contains(text, export, StringComparison.Ordinal));
            Assert.DoesNotContain(patA1b.Text, export, StringComparison.Ordinal);
            Assert.DoesNotContain(Cast.Q2, export, StringComparison.Ordinal);
            if (format is "md" or "txt")
            {
                Assert.True(
                    export.IndexOf(geneA1.Text, StringComparison.Ordinal) < export.IndexOf(patA1.Text, StringComparison.Ordinal),
                    $"In the {format} export the guest's answer should come before the other answers.");
            }
        }
    }

    [Fact]
    public async Task Room_hears_how_many_people_are_in_it()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await using var reader = await _app.ConnectAsync();
        await using var participant = await _app.ConnectAsync(cast.Participant);

        var join = await reader.JoinAsync(cast.ChatId);
        await participant.JoinAsync(cast.ChatId);

        Assert.Equal(1, join.Online);
        var online = await reader.WaitForAsync("OnlineChanged", e => e.Arguments[1].GetInt32() == 2);
        Assert.Equal(cast.ChatId, online.Arguments[0].GetInt32());
    }

    [Fact]
    public async Task Hidden_post_can_be_neither_replied_to_nor_liked()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Participant, "Soon hidden");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{post.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);
        await using var guest = await _app.ConnectAsync(cast.Guest);

        var reply = await guest.RefusalAsync("Send", cast.ChatId, "Replying anyway", null, post.Id);
        var like = await cast.Guest.Http.PostAsync($"api/posts/{post.Id}/likes", null);

        Assert.Equal("The post you're replying to is gone.", reply);
        Assert.Equal("There is no such post.", await Http.ProblemDetailAsync(like, HttpStatusCode.NotFound));
    }

    /// <summary>SPEC section 4: PostChanged for likes at most twice a second per post, however many people like it.</summary>
    [Fact]
    public async Task A_storm_of_likes_reaches_the_room_as_a_few_coalesced_changes_with_the_final_count()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var post = await cast.PostAsync(cast.Guest, "Everyone will like this");
        var fans = new List<Person>();
        for (var i = 0; i < 24; i++)
        {
            fans.Add(await _app.SignUpAsync($"fan{i}"));
        }

        await using var reader = await _app.ConnectAsync();
        await reader.JoinAsync(cast.ChatId);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var answers = await Task.WhenAll(fans.Select(fan => fan.Http.PostAsync($"api/posts/{post.Id}/likes", null)));
        var elapsed = clock.Elapsed;
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        await reader.WaitForPostAsync("PostChanged", p => p.Id == post.Id && p.Likes == 24);
        var changes = reader.Events.Count(e => e.Name == "PostChanged");
        // Two a second at most, one more for a tick that falls just before the last like.
        Assert.InRange(changes, 1, (int)Math.Ceiling(elapsed.TotalSeconds * 2) + 2);
        Assert.True(changes < 24, $"{changes} broadcasts for 24 likes");
    }

    [Fact]
    public async Task Same_answer_sent_over_the_api_gets_the_next_letter_and_a_used_letter_is_409()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);

        var first = await cast.PostAsync(cast.Participant, "A1 first thought");
        var second = await cast.PostAsync(cast.Participant, "A1 second thought");
        var third = await cast.PostAsync(cast.Participant, "third thought", questionNumber: 1);
        var taken = await cast.Participant.Http.PostAsJsonAsync($"api/chats/{cast.ChatId}/posts", new { text = "A1c: again" });

        Assert.Equal(["A1", "A1b", "A1c"], new[] { first.Label!, second.Label!, third.Label! });
        Assert.Equal(
            "You already posted A1c. Use another letter, or leave the letter off and it's added for you.",
            await Http.ProblemDetailAsync(taken, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Question_is_asked_once_and_only_while_live()
    {
        var cast = await Cast.CreateAsync(_app);

        var early = await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/questions/1/ask", null);
        Assert.Equal("Start the chat before asking questions.", await Http.ProblemDetailAsync(early, HttpStatusCode.Conflict));
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/start", null), HttpStatusCode.OK);
        await cast.AskAsync(1);
        var again = await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/questions/1/ask", null);
        var missing = await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/questions/9/ask", null);

        Assert.Equal("Q1 has already been asked.", await Http.ProblemDetailAsync(again, HttpStatusCode.Conflict));
        Assert.Equal("This chat has no Q9.", await Http.ProblemDetailAsync(missing, HttpStatusCode.NotFound));
        Assert.Single(await cast.PostsAsync(_app.Anonymous()), p => p.Label == "Q1");
    }
}

public sealed record TranscriptDocumentView(string Title, string Hashtag, TranscriptView Transcript);

public sealed record TranscriptView(IReadOnlyList<SectionView> Questions, IReadOnlyList<NodeView> Conversation);

public sealed record SectionView(QuestionView Question, IReadOnlyList<NodeView> GuestAnswers, IReadOnlyList<NodeView> Answers);

public sealed record NodeView(TranscriptPostView Post, IReadOnlyList<NodeView> Replies);

public sealed record TranscriptPostView(long Id, string? Label, string Text);
