namespace CommunityChat.Web.Tests.Participants;

/// <summary>
/// SPEC rule 32 live: a newcomer's posts carry <c>author.newcomer</c> (the "First chat" badge) over the hub, decided at
/// their first post in the chat; the console lists the newcomers in the order they arrived; the drafted recap ends by
/// thanking everyone who took part, newcomers marked.
/// </summary>
public sealed class NewcomerTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_newcomers_posts_carry_the_first_chat_mark_over_the_hub_and_a_returning_persons_do_not()
    {
        var cast = await Cast.CreateAsync(_app);
        var history = new History(cast);
        var nina = await history.PersonAsync("nina");
        var first = await history.StartAsync();
        await History.PostAsync(cast.Participant, first, "A1 My first chat here");
        await history.EndAsync(first);
        var second = await history.StartAsync();
        await using var moderator = await _app.ConnectAsync(cast.Moderator);
        await moderator.JoinAsync(second.Id);
        await using var pat = await _app.ConnectAsync(cast.Participant);
        await using var newcomer = await _app.ConnectAsync(nina);

        var returning = await pat.SendAsync(second.Id, "A1 Back again");
        var hello = await newcomer.SendAsync(second.Id, "A1 Hello, first time");
        var again = await newcomer.SendAsync(second.Id, "Loving it");
        var heard = await moderator.WaitForPostAsync("PostAdded", p => p.Id == again.Id);
        var heardReturning = await moderator.WaitForPostAsync("PostAdded", p => p.Id == returning.Id);
        await using var reader = await _app.ConnectAsync();
        var join = await reader.JoinAsync(second.Id);

        Assert.False(returning.Author.Newcomer);
        Assert.False(heardReturning.Author.Newcomer);
        Assert.True(hello.Author.Newcomer);
        Assert.True(again.Author.Newcomer);
        Assert.True(heard.Author.Newcomer);
        Assert.Equal([false, true, true], join.Posts.Where(p => p.Kind != "question").Select(p => p.Author.Newcomer));
    }

    [Fact]
    public async Task A_post_refused_before_a_persons_first_chat_ended_does_not_mark_them_new_later()
    {
        var cast = await Cast.CreateAsync(_app);
        var history = new History(cast);
        var nina = await history.PersonAsync("nina");
        var first = await history.StartAsync();
        var next = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = "Next week",
            scheduledStart = DateTimeOffset.UtcNow.AddDays(7),
            durationMinutes = 60,
            questions = new object[] { new { number = 1, text = "Question of next week" } },
        }), HttpStatusCode.Created);

        // Too early: nina is new to the community at this moment, but nothing was posted, so nothing was decided.
        await Http.ExpectAsync(await nina.Http.PostAsJsonAsync($"api/chats/{next.Id}/posts", new { text = "Hello?" }), HttpStatusCode.Conflict);
        await History.PostAsync(nina, first, "A1 My first chat here");
        await history.EndAsync(first);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{next.Id}/start", null), HttpStatusCode.OK);

        var back = await History.PostAsync(nina, next, "Back for the second one");

        Assert.False(back.Author.Newcomer);
    }

    [Fact]
    public async Task The_console_lists_the_newcomers_in_arrival_order_and_the_room_shows_the_badge()
    {
        var cast = await Cast.CreateAsync(_app);
        var history = new History(cast);
        var zoe = await history.PersonAsync("zoe");
        var abe = await history.PersonAsync("abe");
        var first = await history.StartAsync();
        await History.PostAsync(cast.Participant, first, "A1 Regular");
        await history.EndAsync(first);
        var second = await history.StartAsync();
        await History.PostAsync(zoe, second, "A1 Zoe arrives first");
        await History.PostAsync(cast.Participant, second, "A1 Pat is back");
        await History.PostAsync(abe, second, "A1 Abe arrives second");
        await History.PostAsync(zoe, second, "A1b Zoe again");

        var console = await cast.Moderator.Http.GetStringAsync($"{second.Url}/moderate");
        var room = await _app.Anonymous().GetStringAsync(second.Url);

        var welcome = console[console.IndexOf("id=\"welcome-them\"", StringComparison.Ordinal)..];
        welcome = welcome[..welcome.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("Welcome them", welcome, StringComparison.Ordinal);
        Assert.True(welcome.IndexOf("data-handle=\"zoe\"", StringComparison.Ordinal) is var z && z >= 0 && z < welcome.IndexOf("data-handle=\"abe\"", StringComparison.Ordinal));
        Assert.DoesNotContain("data-handle=\"pat\"", welcome, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(room, "<span class=\"badge badge--newcomer\">First chat</span>"));
    }

    [Fact]
    public async Task The_drafted_recap_ends_by_thanking_everyone_who_took_part_newcomers_marked()
    {
        var cast = await Cast.CreateAsync(_app);
        var history = new History(cast);
        var nina = await history.PersonAsync("nina");
        var first = await history.StartAsync();
        await History.PostAsync(cast.Participant, first, "A1 Early bird");
        await history.EndAsync(first);
        var second = await history.StartAsync();
        await History.PostAsync(nina, second, "A1 New here");
        await History.PostAsync(cast.Participant, second, "A1 Still here");
        await History.PostAsync(nina, second, "A1 And again");
        await History.PostAsync(cast.Moderator, second, "Thanks all"); // the host: not thanked by their own recap
        await history.EndAsync(second);

        var draft = await Http.ReadAsync<DraftMarkdown>(await cast.Moderator.Http.PostAsync($"api/chats/{second.Id}/recap/draft", null), HttpStatusCode.OK);

        Assert.EndsWith("\n\nThank you to everyone who took part: @nina (first chat), @pat\n", draft.Markdown, StringComparison.Ordinal);

        // In French too: "first chat" and the badge's "First chat" once were two keys that differ only by case, and the
        // build dropped one, so the French recap said "(first chat)".
        using var french = new HttpRequestMessage(HttpMethod.Post, $"api/chats/{second.Id}/recap/draft");
        french.Headers.AcceptLanguage.ParseAdd("fr");
        var draftFr = await Http.ReadAsync<DraftMarkdown>(await cast.Moderator.Http.SendAsync(french), HttpStatusCode.OK);
        Assert.Contains("@nina (premier chat), @pat", draftFr.Markdown, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private sealed record DraftMarkdown(string Markdown);
}
