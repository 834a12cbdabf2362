using System.Globalization;

namespace CommunityChat.Web.Tests.Recaps;

/// <summary>SPEC rules 10 and 24 over HTTP: draft from highlights, save, publish, the public recap and its forms.</summary>
public sealed class RecapTests : IAsyncLifetime
{
    private readonly TestApp _app = TestApp.Start();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Draft_quotes_the_starred_answers_under_their_question_with_attribution_lines_for_moderators_only()
    {
        var (cast, guestAnswer) = await EndedChatWithHighlightsAsync();

        var refused = await cast.Participant.Http.PostAsync($"api/chats/{cast.ChatId}/recap/draft", null);
        var draft = await DraftAsync(cast);

        Assert.Equal("Only a moderator of this community can do that.", await Http.ProblemDetailAsync(refused, HttpStatusCode.Forbidden));
        var today = DateTime.UtcNow.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en"));
        Assert.StartsWith("# Leadership in social media communities\n\n**Guest:** Gene Petrov (@gene)\n\n**Topic:** ", draft, StringComparison.Ordinal);
        Assert.Contains($"## Q1: {Cast.Q1}\n\n> A1: Listen first, then lead\n>\n> — Gene Petrov (@gene) [{today}]({_app.BaseAddress.ToString().TrimEnd('/')}{cast.Chat.Url}#post-{guestAnswer.Id})\n", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Not starred", draft, StringComparison.Ordinal);
        Assert.DoesNotContain(Cast.Q3, draft, StringComparison.Ordinal); // never asked: still secret
    }

    [Fact]
    public async Task A_saved_draft_stays_private_until_published_and_then_the_recap_is_public_in_every_form()
    {
        var (cast, _) = await EndedChatWithHighlightsAsync();
        var markdown = await DraftAsync(cast) + "\nThanks for coming! See https://example.org/guide\n";
        using var reader = _app.Anonymous();

        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown, publish = false }), HttpStatusCode.OK);
        var beforeMd = await reader.GetAsync($"api/chats/{cast.ChatId}/recap.md");
        var beforePage = await reader.GetAsync($"c/{Cast.Community}/{cast.Chat.Slug}/recap");
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown, publish = true }), HttpStatusCode.OK);

        Assert.Equal("This chat has no published recap yet.", await Http.ProblemDetailAsync(beforeMd, HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.NotFound, beforePage.StatusCode);
        Assert.Equal(markdown, await reader.GetStringAsync($"api/chats/{cast.ChatId}/recap.md"));
        var html = await reader.GetStringAsync($"api/chats/{cast.ChatId}/recap.html");
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{_app.BaseAddress}@gene\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style", html, StringComparison.OrdinalIgnoreCase);
        var page = await reader.GetStringAsync($"c/{Cast.Community}/{cast.Chat.Slug}/recap");
        Assert.Contains("Copy as HTML", page, StringComparison.Ordinal);
        Assert.Contains(">https://example.org/guide</a>", page, StringComparison.Ordinal);
        var chat = await Http.ReadAsync<RecapChatView>(await reader.GetAsync($"api/chats/{cast.ChatId}"), HttpStatusCode.OK);
        Assert.Equal(cast.Chat.Url + "/recap", chat.RecapUrl);
        Assert.Contains(await cast.AuditAsync(), a => a.Action == "recap.published");
    }

    [Fact]
    public async Task A_recap_keeps_a_quote_hidden_later_and_flags_it_to_moderators()
    {
        var (cast, guestAnswer) = await EndedChatWithHighlightsAsync();
        var markdown = await DraftAsync(cast);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown, publish = true }), HttpStatusCode.OK);

        await Http.ExpectAsync(await cast.Moderator.Http.PostAsJsonAsync($"api/posts/{guestAnswer.Id}/hide", new { reason = "Asked to remove it" }), HttpStatusCode.OK);
        var editor = await Http.ReadAsync<EditorView>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}/recap"), HttpStatusCode.OK);

        Assert.Contains("Listen first, then lead", await _app.Anonymous().GetStringAsync($"api/chats/{cast.ChatId}/recap.md"), StringComparison.Ordinal);
        var flagged = Assert.Single(editor.HiddenQuotes);
        Assert.Equal((guestAnswer.Id, "gene", "Asked to remove it"), (flagged.PostId, flagged.Handle, flagged.Reason));
        Assert.True(editor.PublishedIsCurrent);
    }

    [Fact]
    public async Task A_quote_whose_author_deleted_the_post_is_flagged_to_moderators()
    {
        var (cast, guestAnswer) = await EndedChatWithHighlightsAsync();
        var markdown = await DraftAsync(cast);
        await Http.ExpectAsync(await cast.Moderator.Http.PutAsJsonAsync($"api/chats/{cast.ChatId}/recap", new { markdown, publish = false }), HttpStatusCode.OK);

        await Http.ExpectAsync(await cast.Guest.Http.DeleteAsync($"api/posts/{guestAnswer.Id}"), HttpStatusCode.NoContent);
        var editor = await Http.ReadAsync<EditorView>(await cast.Moderator.Http.GetAsync($"api/chats/{cast.ChatId}/recap"), HttpStatusCode.OK);

        var flagged = Assert.Single(editor.HiddenQuotes);
        Assert.Equal((guestAnswer.Id, "deleted by its author"), (flagged.PostId, flagged.Reason));
        Assert.DoesNotContain("Listen first, then lead", await DraftAsync(cast), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_is_refused_while_the_chat_is_live_and_for_an_empty_huge_or_control_character_recap()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        var path = $"api/chats/{cast.ChatId}/recap";

        var live = await cast.Moderator.Http.PutAsJsonAsync(path, new { markdown = "# Early", publish = true });
        var empty = await cast.Moderator.Http.PutAsJsonAsync(path, new { markdown = "  ", publish = true });
        var huge = await cast.Moderator.Http.PutAsJsonAsync(path, new { markdown = new string('x', 100_001), publish = false });
        var anonymous = await _app.Anonymous().PutAsJsonAsync(path, new { markdown = "# Mine", publish = false });
        var control = await cast.Moderator.Http.PutAsJsonAsync(path, new { markdown = "# Recap\u000b", publish = false });
        var nested = await cast.Moderator.Http.PostAsJsonAsync($"{path}/preview", new { markdown = new string('>', 200) + " deep" });

        Assert.Equal("A recap is published once the chat has ended; save it as a draft until then.", await Http.ProblemDetailAsync(live, HttpStatusCode.Conflict));
        Assert.Equal("Write the recap before publishing it.", await Http.ProblemDetailAsync(empty, HttpStatusCode.BadRequest));
        Assert.Equal("A recap is at most 100,000 characters; this one has 100,001.", await Http.ProblemDetailAsync(huge, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Your text contains invisible control characters. Remove them and send again.", await Http.ProblemDetailAsync(control, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.OK, nested.StatusCode);
    }

    private static async Task<string> DraftAsync(Cast cast) =>
        (await Http.ReadAsync<DraftView>(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/recap/draft", null), HttpStatusCode.OK)).Markdown;

    /// <summary>Q1 asked; the guest's answer starred, a participant's not; Q3 never asked; the chat ended.</summary>
    private async Task<(Cast Cast, PostView GuestAnswer)> EndedChatWithHighlightsAsync()
    {
        var cast = await Cast.CreateAsync(_app, start: true);
        await cast.AskAsync(1);
        var guest = await cast.PostAsync(cast.Guest, "A1 Listen first, then lead");
        await cast.PostAsync(cast.Participant, "A1 Not starred");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/posts/{guest.Id}/highlight", null), HttpStatusCode.OK);
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        return (cast, guest);
    }

    private sealed record DraftView(string Markdown);

    private sealed record RecapChatView(string Url, string? RecapUrl);

    private sealed record EditorView(string Markdown, bool PublishedIsCurrent, IReadOnlyList<HiddenQuoteView> HiddenQuotes);

    private sealed record HiddenQuoteView(long PostId, string Handle, string? Label, string Excerpt, string? Reason);
}
