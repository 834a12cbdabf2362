using System.Text.Encodings.Web;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// Issue 9, item 7: a display name is shown inside its own <c>&lt;bdi&gt;</c>, so a right-to-left name (or one with
/// direction controls from before they were refused) cannot reorder the handle, label or text around it. The pages'
/// scripts do the same for what they render live (wwwroot/js/names.js; the browser's LiveRoomTests).
/// </summary>
public sealed class NameIsolationTests
{
    // Hebrew: unisolated, it pulls the "@dana" and the label after it into its right-to-left run.
    private const string Name = "דנה כהן";

    [Fact]
    public async Task A_right_to_left_name_is_isolated_everywhere_the_room_the_transcript_the_people_page_and_the_profile_show_it()
    {
        await using var app = TestApp.Start();
        var cast = await Cast.CreateAsync(app, start: true);
        var dana = await app.SignUpAsync("dana", Name);
        await cast.AgreeAsync(dana);
        await cast.AskAsync(1);
        var answer = await cast.PostAsync(dana, "A1 Listening before talking");
        await cast.PostAsync(cast.Participant, "Agreed", replyToId: answer.Id);

        AssertEveryNameIsolated(await PageAsync(app, cast.Chat.Url), "the live room");
        await Http.ExpectAsync(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/end", null), HttpStatusCode.OK);
        AssertEveryNameIsolated(await PageAsync(app, cast.Chat.Url), "the transcript");
        AssertEveryNameIsolated(await PageAsync(app, $"c/{Cast.Community}/people"), "the people page");
        AssertEveryNameIsolated(await PageAsync(app, "@dana"), "the profile");
    }

    private static async Task<string> PageAsync(TestApp app, string path)
    {
        var response = await app.Anonymous().GetAsync(path.TrimStart('/'));
        await Http.ExpectAsync(response, HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        // The <title> is plain text that the browser shows apart from the page.
        return page[page.IndexOf("</head>", StringComparison.Ordinal)..];
    }

    private static void AssertEveryNameIsolated(string body, string where)
    {
        var name = HtmlEncoder.Default.Encode(Name);
        var shown = Count(body, name);
        Assert.True(shown > 0, $"The name is not on {where}.");
        Assert.True(shown == Count(body, $"<bdi>{name}</bdi>"), $"On {where}, {shown - Count(body, $"<bdi>{name}</bdi>")} of {shown} names are not in a <bdi>.");
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
