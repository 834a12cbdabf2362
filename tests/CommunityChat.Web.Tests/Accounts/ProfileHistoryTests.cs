using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CommunityChat.Web.Tests.Accounts;

/// <summary>
/// /@handle (issue 6): the chats someone was guest of, and their public answers (then replies and comments) chat by
/// chat, newest chat first, ten chats a page; hidden, held, rejected and deleted posts never appear.
/// </summary>
public sealed partial class ProfileHistoryTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Answers_are_grouped_under_their_chat_in_question_order_with_the_question_and_a_permalink_and_nothing_hidden_held_or_deleted()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await cast.AskAsync(2);
        var second = await cast.PostAsync(cast.Participant, "A2 Rituals keep people coming back wombat");
        var first = await cast.PostAsync(cast.Participant, "A1 Leaders listen first narwhal");
        var hidden = await cast.PostAsync(cast.Participant, "A1 Buy followers here pangolin");
        var deleted = await cast.PostAsync(cast.Participant, "A2 Something I regret axolotl");
        var reply = await cast.PostAsync(cast.Participant, "Agreed with the guest ocelot", replyToId: first.Id);
        await cast.PostAsync(cast.Guest, "A1 Showing up every week quokka");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{hidden.Id}/hide", new { reason = "spam" }), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Participant.Http.DeleteAsync($"api/posts/{deleted.Id}"), HttpStatusCode.NoContent);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/settings", new { premoderation = true }), HttpStatusCode.OK);
        var held = await cast.PostAsync(cast.Participant, "A2 Waiting for a moderator tapir");
        var rejected = await cast.PostAsync(cast.Participant, "A2 Rejected by a moderator dugong");
        Assert.True(held.Held && rejected.Held);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{rejected.Id}/reject", new { reason = "off topic" }), HttpStatusCode.OK);

        var page = await _app.Anonymous().GetStringAsync("/@pat");
        // The author, signed in, sees the same public page: their hidden, held and rejected posts are for the room.
        var own = await cast.Participant.Http.GetStringAsync("/@pat");

        Assert.Equal([cast.ChatId], ChatGroups(page));
        Assert.Contains($"<a href=\"{cast.Chat.Url}\">Leadership in social media communities</a>", page, StringComparison.Ordinal);
        Assert.Contains("Twitter Smarter", page, StringComparison.Ordinal);
        // A1 before A2 (question order, not time order), each under its question's text, each with its permalink.
        var a1 = page.IndexOf("narwhal", StringComparison.Ordinal);
        var a2 = page.IndexOf("wombat", StringComparison.Ordinal);
        Assert.True(page.IndexOf(Cast.Q1, StringComparison.Ordinal) is var q1 && q1 > 0 && q1 < a1, "Q1's text comes before its answer");
        Assert.True(a1 < page.IndexOf(Cast.Q2, StringComparison.Ordinal) && page.IndexOf(Cast.Q2, StringComparison.Ordinal) < a2, "A1, then Q2 and its answer");
        Assert.Contains($"href=\"{cast.Chat.Url}#post-{first.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{cast.Chat.Url}#post-{second.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"post__label\">A1</span>", page, StringComparison.Ordinal);
        // Replies and comments come after the answers.
        Assert.True(page.IndexOf("Replies and comments", StringComparison.Ordinal) > a2);
        Assert.Contains($"href=\"{cast.Chat.Url}#post-{reply.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("ocelot", page, StringComparison.Ordinal);
        foreach (var gone in new[] { "pangolin", "axolotl", "tapir", "dugong", "quokka" })
        {
            Assert.DoesNotContain(gone, page, StringComparison.Ordinal);
            Assert.DoesNotContain(gone, own, StringComparison.Ordinal);
        }

        Assert.Contains("narwhal", own, StringComparison.Ordinal);

        // The unasked Q3 stays secret: the page is public.
        Assert.DoesNotContain(Cast.Q3, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Guest of", page, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guests_profile_lists_the_public_chats_they_were_guest_of_and_marks_them_as_guest_in_their_answers()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        await cast.PostAsync(cast.Guest, "A1 Showing up every week quokka");
        var draft = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title = "A secret draft with the same guest",
            topic = "Drafts",
            format = "Q&A",
            scheduledStart = DateTimeOffset.UtcNow.AddDays(7),
            durationMinutes = 60,
            guests = new[] { "gene" },
            questions = Array.Empty<object>(),
            draft = true,
        }), HttpStatusCode.Created);
        Assert.Equal("draft", draft.Status);

        var page = await _app.Anonymous().GetStringAsync("/@gene");

        var guestOf = page[page.IndexOf("Guest of", StringComparison.Ordinal)..page.IndexOf("id=\"chats-heading\"", StringComparison.Ordinal)];
        Assert.Contains($"<a href=\"{cast.Chat.Url}\">Leadership in social media communities</a>", guestOf, StringComparison.Ordinal);
        Assert.Contains("href=\"/c/smarter\">Twitter Smarter</a>", guestOf, StringComparison.Ordinal);
        Assert.Contains("data-format=\"date\"", guestOf, StringComparison.Ordinal);
        Assert.DoesNotContain("A secret draft", page, StringComparison.Ordinal);
        Assert.Contains("quokka", page, StringComparison.Ordinal);
        Assert.Contains("badge--guest", page[page.IndexOf("id=\"chats-heading\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_persons_chats_are_ten_a_page_newest_first_with_links_to_the_newer_and_older_pages()
    {
        var cast = await Cast.CreateAsync(_app);
        // Twelve imported chats, one a month of 2019, imported out of order; Ana answers in each.
        foreach (var month in new[] { 3, 1, 12, 5, 7, 2, 9, 4, 11, 6, 8, 10 })
        {
            var date = new DateTime(2019, month, 6, 0, 0, 0, DateTimeKind.Utc);
            await Http.ExpectAsync(await cast.Moderator.Http.PostAsync(
                $"api/communities/{Cast.Community}/imports?title=Chat%20of%20month%20{month}",
                new StringContent(Recap(date, $"Answer of month {month}."), Encoding.UTF8, "text/plain")), HttpStatusCode.Created);
        }

        var first = await _app.Anonymous().GetStringAsync("/@ana_lima");
        var second = await _app.Anonymous().GetStringAsync("/@ana_lima?page=2");
        var past = await _app.Anonymous().GetAsync("/@ana_lima?page=3");
        var zero = await _app.Anonymous().GetAsync("/@ana_lima?page=0");

        Assert.Contains("Imported from past chats; nobody has claimed this profile yet.", first, StringComparison.Ordinal);
        Assert.Equal(["12", "11", "10", "9", "8", "7", "6", "5", "4", "3"], Months(first));
        Assert.Equal(["2", "1"], Months(second));
        Assert.Contains("What makes a leader in month 12?", first, StringComparison.Ordinal);
        Assert.Contains("Answer of month 12.", first, StringComparison.Ordinal);
        Assert.Contains("Answer of month 1.", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Answer of month 1.", first, StringComparison.Ordinal);
        // rel=prev/next in the head and in the page's own navigation, which has a name.
        Assert.Contains("<link rel=\"next\" href=\"/@ana_lima?page=2\" />", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"prev\" href=\"/@ana_lima\" />", second, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", second, StringComparison.Ordinal);
        Assert.Contains("<nav class=\"pager\" aria-label=\"Pages of Ana Lima&#x27;s chats\">", first, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"canonical\" href=\"" + _app.BaseAddress.ToString().TrimEnd('/') + "/@ana_lima?page=2\"", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zero.StatusCode);
    }

    private static string Recap(DateTime date, string answer)
    {
        var day = date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        return $"""
            Q1: What makes a leader in month {date.Month}? #TwitterSmarter
            — Madalyn Sklar (@MadalynSklar) {day}

            A1: {answer} #TwitterSmarter
            — Ana Lima (@ana_lima) {day}
            """;
    }

    /// <summary>The ids of the chats grouped on a profile page, in page order.</summary>
    private static List<int> ChatGroups(string page) =>
        GroupPattern().Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The months of the imported chats on a profile page, in page order.</summary>
    private static List<string> Months(string page) =>
        MonthPattern().Matches(page).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<article class=\"profile-chat\" aria-labelledby=\"profile-chat-(\\d+)\">")]
    private static partial Regex GroupPattern();

    [GeneratedRegex("<h3 id=\"profile-chat-\\d+\"><a href=\"[^\"]+\">Chat of month (\\d+)</a></h3>")]
    private static partial Regex MonthPattern();
}
