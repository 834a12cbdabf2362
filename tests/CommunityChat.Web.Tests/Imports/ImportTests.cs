using System.Text;

namespace CommunityChat.Web.Tests.Imports;

/// <summary>SPEC rule 15 over HTTP: a pasted recap or tweets as JSON become an ended chat, previewed first, all or nothing.</summary>
public sealed class ImportTests : IAsyncLifetime
{
    private const string Recap = """
        Last week's #TwitterSmarter chat was a good one. Here are the highlights.

        Guest: Gene Petrov
        Topic: The Role of Leadership in Social Media Communities
        Format: 2 questions directed at the guest. Everyone's welcome to share.

        We started with the big one.

        Q1: What does leadership look like in a community? #TwitterSmarter
        — Madalyn Sklar (@MadalynSklar) June 6, 2019

        A1: Showing up every week, even when the room is quiet. #TwitterSmarter
        — Gene Petrov (@GenePetrov) June 6, 2019

        A1: Listening before talking. #TwitterSmarter
        — Ana Lima (@ana_lima) June 6, 2019

        Then we talked about newcomers.

        Q2: How do you welcome newcomers? #TwitterSmarter
        — Madalyn Sklar (@MadalynSklar) June 6, 2019

        A2: Greet every first post by name. #TwitterSmarter
        — Gene Petrov (@GenePetrov) June 6, 2019

        Thanks everyone, see you next week!
        """;

    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Preview_shows_each_tweet_with_its_label_author_and_date_and_the_prose_skipped_and_writes_nothing()
    {
        var cast = await Cast.CreateAsync(_app);

        var plan = await Http.ReadAsync<PlanView>(await PostAsync(cast.Moderator, Recap, "text/plain", "?preview=true"), HttpStatusCode.OK);

        Assert.Equal(
            [("Q1", "MadalynSklar"), ("A1", "GenePetrov"), ("A1", "ana_lima"), ("Q2", "MadalynSklar"), ("A2", "GenePetrov")],
            plan.Posts.Select(p => (p.Label, p.Handle)));
        Assert.All(plan.Posts, p => Assert.Equal(new DateTime(2019, 6, 6), p.At.Date));
        Assert.Equal(("The Role of Leadership in Social Media Communities", "TwitterSmarter", "GenePetrov", "MadalynSklar"), (plan.Title, plan.Hashtag, plan.Guest, plan.Host));
        Assert.Contains(plan.Skipped, s => s.Reason == "prose" && s.Excerpt.StartsWith("We started with the big one", StringComparison.Ordinal));
        Assert.All(plan.People, p => Assert.False(p.HasAccount));
        Assert.Single(await Http.ReadAsync<List<ChatView>>(await _app.Anonymous().GetAsync($"api/communities/{Cast.Community}/chats"), HttpStatusCode.OK));
    }

    [Fact]
    public async Task Import_makes_an_ended_chat_grouped_by_question_with_unclaimed_profiles_and_a_second_import_is_recognised()
    {
        var cast = await Cast.CreateAsync(_app);

        var chat = await Http.ReadAsync<ChatView>(await PostAsync(cast.Moderator, Recap, "text/plain"), HttpStatusCode.Created);
        var again = await PostAsync(cast.Moderator, "Some new intro.\n\n" + Recap, "text/plain");
        var transcript = await _app.Anonymous().GetStringAsync($"api/chats/{chat.Id}/transcript");
        var signUp = await _app.Anonymous().PostAsJsonAsync("api/accounts", new { handle = "ana_lima", displayName = "Ana", password = TestApp.Password });

        Assert.Equal("ended", chat.Status);
        Assert.Equal(["GenePetrov"], chat.Guests.Select(g => g.Handle));
        Assert.Equal([1, 2], chat.Questions.Select(q => q.Number));
        using var document = JsonDocument.Parse(transcript);
        var q1 = document.RootElement.GetProperty("transcript").GetProperty("questions")[0];
        Assert.Equal("Showing up every week, even when the room is quiet. #TwitterSmarter", q1.GetProperty("guestAnswers")[0].GetProperty("post").GetProperty("text").GetString());
        Assert.Equal("ana_lima", q1.GetProperty("answers")[0].GetProperty("post").GetProperty("author").GetProperty("handle").GetString());
        Assert.StartsWith("This record was imported already: /c/smarter/", await Http.ProblemDetailAsync(again, HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.StartsWith("@ana_lima is a profile imported from past chats.", await Http.ProblemDetailAsync(signUp, HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _app.Anonymous().GetAsync("@ana_lima")).StatusCode);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "chat.imported");
        var draft = await cast.Moderator.Http.PostAsync($"api/chats/{chat.Id}/recap/draft", null);
        var markdown = (await Http.ReadAsync<JsonElement>(draft, HttpStatusCode.OK)).GetProperty("markdown").GetString()!;
        Assert.Contains("## Q1: What does leadership look like in a community?\n", markdown, StringComparison.Ordinal);
        Assert.Contains("> A1: Showing up every week, even when the room is quiet. #TwitterSmarter\n>\n> — Gene Petrov (@GenePetrov) [June 6, 2019]", markdown, StringComparison.Ordinal);
        Assert.Contains("> A1: Listening before talking. #TwitterSmarter\n>\n> — Ana Lima (@ana_lima) [June 6, 2019]", markdown, StringComparison.Ordinal);
    }

    /// <summary>SPEC rule 13: an import is indexed as it is written, so an archive brought in is searchable at once.</summary>
    [Fact]
    public async Task An_imported_chat_is_found_by_search_and_its_tags_at_once()
    {
        var cast = await Cast.CreateAsync(_app);

        var chat = await Http.ReadAsync<ChatView>(await PostAsync(cast.Moderator, Recap, "text/plain"), HttpStatusCode.Created);

        var found = await Http.ReadAsync<JsonElement>(await _app.Anonymous().GetAsync("api/search?q=greeting%20names&author=GenePetrov"), HttpStatusCode.OK);
        Assert.Equal(1, found.GetProperty("total").GetInt32());
        Assert.StartsWith(chat.Url + "#post-", found.GetProperty("results")[0].GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("Greet every first post by name.", await _app.Anonymous().GetStringAsync("tags/twittersmarter"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classic_tweets_as_json_keep_replies_skip_retweets_and_take_the_title_given()
    {
        var cast = await Cast.CreateAsync(_app);
        const string Tweets = """
            [
              {"id_str": "3", "created_at": "Thu Jun 06 17:02:00 +0000 2019", "full_text": "A1 Consistency &amp; care #TwitterSmarter", "user": {"screen_name": "GenePetrov", "name": "Gene Petrov"}},
              {"id_str": "1", "created_at": "Thu Jun 06 17:00:00 +0000 2019", "full_text": "Q1 What makes a leader? #TwitterSmarter", "user": {"screen_name": "MadalynSklar", "name": "Madalyn Sklar"}},
              {"id_str": "4", "created_at": "Thu Jun 06 17:03:00 +0000 2019", "full_text": "So true!", "in_reply_to_status_id_str": "3", "user": {"screen_name": "ana_lima", "name": "Ana Lima 🌸"}},
              {"id_str": "5", "created_at": "Thu Jun 06 17:04:00 +0000 2019", "full_text": "RT @GenePetrov: A1 Consistency", "retweeted_status": {"id_str": "3"}, "user": {"screen_name": "bob", "name": "Bob"}}
            ]
            """;

        var chat = await Http.ReadAsync<ChatView>(await PostAsync(cast.Moderator, Tweets, "application/json", "?title=Leaders%20chat"), HttpStatusCode.Created);
        var posts = await Http.ReadAsync<List<PostView>>(await _app.Anonymous().GetAsync($"api/chats/{chat.Id}/posts"), HttpStatusCode.OK);

        Assert.Equal("Leaders chat", chat.Title);
        Assert.Equal([("Q1", "question"), ("A1", "answer"), (null, "reply")], posts.Select(p => (p.Label, p.Kind)));
        Assert.Equal([1L, 2L, 3L], posts.Select(p => p.Sequence));
        Assert.Equal("Consistency & care #TwitterSmarter", posts[1].Text);
        Assert.Equal(posts[1].Id, posts[2].ReplyToId);
        Assert.Equal("Ana Lima 🌸", posts[2].Author.DisplayName);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_where_and_what_and_only_moderators_import()
    {
        var cast = await Cast.CreateAsync(_app);

        var broken = await PostAsync(cast.Moderator, "[\n {\"id_str\": \"1\",\n \"full_text\": oops }\n]", "application/json");
        var empty = await PostAsync(cast.Moderator, "   ", "text/plain");
        var prose = await PostAsync(cast.Moderator, "Just a blog post with no tweets in it.", "text/plain");
        var huge = await PostAsync(cast.Moderator, new string('x', 5 * 1024 * 1024), "text/plain");
        var participant = await PostAsync(cast.Participant, Recap, "text/plain");

        Assert.StartsWith("Line 3: The JSON can't be read there", await Http.ProblemDetailAsync(broken, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal("There's nothing to import: paste a recap or choose a file of tweets.", await Http.ProblemDetailAsync(empty, HttpStatusCode.BadRequest));
        Assert.StartsWith("No tweets were found.", await Http.ProblemDetailAsync(prose, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal("The import is larger than 4 MB. Split it into smaller files.", await Http.ProblemDetailAsync(huge, HttpStatusCode.BadRequest));
        Assert.Equal("Only a moderator of this community can do that.", await Http.ProblemDetailAsync(participant, HttpStatusCode.Forbidden));
        Assert.Single(await Http.ReadAsync<List<ChatView>>(await _app.Anonymous().GetAsync($"api/communities/{Cast.Community}/chats"), HttpStatusCode.OK));
    }

    [Fact]
    public async Task Old_records_odd_characters_and_sizes_are_stored_cleaned_not_refused()
    {
        var cast = await Cast.CreateAsync(_app);
        var topic = new string('t', 600);
        var record = $"Topic: {topic}\n\nA1: First line\vsecond line #TwitterSmarter\n— Ana Lima (@ana_lima) June 6, 2019\n\n"
            + string.Concat(Enumerable.Repeat("- ", 100)) + "deep\n— Bo (@bo) June 6, 2019\n";

        var chat = await Http.ReadAsync<ChatView>(await PostAsync(cast.Moderator, record, "text/plain"), HttpStatusCode.Created);
        var posts = await Http.ReadAsync<List<PostView>>(await _app.Anonymous().GetAsync($"api/chats/{chat.Id}/posts"), HttpStatusCode.OK);
        var feed = await _app.Anonymous().GetAsync($"c/{Cast.Community}/feed.atom");

        Assert.Equal("First line\nsecond line #TwitterSmarter", posts[0].Text);
        Assert.EndsWith("deep", posts[1].Text, StringComparison.Ordinal);
        Assert.Equal(200, chat.Title.Length);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(Person who, string body, string mediaType, string query = "") =>
        who.Http.PostAsync($"api/communities/{Cast.Community}/imports{query}", new StringContent(body, Encoding.UTF8, mediaType));

    private sealed record PlanView(
        string Title, string Hashtag, string? Guest, string? Host, List<PlanPostView> Posts, List<PlanPersonView> People, List<SkipView> Skipped);

    private sealed record PlanPostView(int Line, string Kind, string? Label, string Handle, DateTime At, string Text);

    private sealed record PlanPersonView(string Handle, bool HasAccount, int Posts);

    private sealed record SkipView(int Line, string Reason, string Excerpt);
}
