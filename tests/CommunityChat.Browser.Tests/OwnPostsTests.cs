using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 28 in the room: an author edits and deletes their own posts; a hidden post stays in its author's feed.</summary>
public sealed class OwnPostsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Author_edits_their_post_inline_and_everyone_sees_it_edited()
    {
        var scene = await LiveSceneAsync();
        var author = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await author.ExpectLiveAsync();
        await reader.ExpectLiveAsync();
        await author.SendAnswerAsync("Leaders listen frist");
        var mine = author.Post("Leaders listen frist");
        await Expect(reader.Post("Leaders listen frist")).ToBeVisibleAsync();

        // Escape cancels and leaves the text as it was.
        await mine.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).ClickAsync();
        var editor = author.GetByRole(AriaRole.Textbox, new() { Name = "Edit your post" });
        await Expect(editor).ToBeFocusedAsync();
        await editor.PressAsync("Escape");
        await Expect(editor).ToHaveCountAsync(0);

        await mine.GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true }).ClickAsync();
        // A refusal shows the server's sentence and keeps the text.
        await editor.FillAsync("   ");
        await author.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(mine.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Write something before sending.");
        await Expect(editor).ToHaveValueAsync("   ");
        await editor.FillAsync("Leaders listen first");
        await author.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        foreach (var page in new[] { author, reader })
        {
            var post = page.Post("Leaders listen first");
            await Expect(post.Label()).ToHaveTextAsync("A1");
            await Expect(post.Locator(".post__edited")).ToContainTextAsync("edited");
            await Expect(page.Post("frist")).ToHaveCountAsync(0);
        }

        // Moderators can read what it said before.
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        await moderator.ExpectLiveAsync();
        var seen = moderator.Post("Leaders listen first");
        await seen.GetByText("Previous text").ClickAsync();
        await Expect(seen.Locator(".post__revisions-list")).ToContainTextAsync("Leaders listen frist");
    }

    [Fact]
    public async Task Author_deletes_their_post_and_it_goes_from_another_persons_feed()
    {
        var scene = await LiveSceneAsync();
        var author = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var guest = await app.SignInAsync(scene.Guest, scene.RoomPath);
        await author.ExpectLiveAsync();
        await guest.ExpectLiveAsync();
        await author.SendAnswerAsync("Posted in the wrong chat");
        await Expect(guest.Post("Posted in the wrong chat")).ToBeVisibleAsync();
        // Only its author is offered Edit and Delete.
        await Expect(guest.Post("Posted in the wrong chat").GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true })).ToHaveCountAsync(0);
        await Expect(guest.Post("Posted in the wrong chat").GetByRole(AriaRole.Button, new() { Name = "Edit", Exact = true })).ToHaveCountAsync(0);

        await author.Post("Posted in the wrong chat").GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        var dialog = author.GetByRole(AriaRole.Dialog, new() { Name = "Delete this post?" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete post" }).ClickAsync();

        await Expect(author.Post("Posted in the wrong chat")).ToHaveCountAsync(0);
        await Expect(guest.Post("Posted in the wrong chat")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_hidden_post_stays_in_its_authors_feed_with_the_reason()
    {
        var scene = await LiveSceneAsync();
        var post = await app.Api.PostAsync(scene, scene.Participant, "Buy my course today", questionNumber: 1);
        var author = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await author.ExpectLiveAsync();
        await reader.ExpectLiveAsync();
        await Expect(reader.Post("Buy my course today")).ToBeVisibleAsync();

        await app.Api.HideAsync(scene, post.Id, "Off topic");

        await Expect(reader.Post("Buy my course today")).ToHaveCountAsync(0);
        var kept = author.Post("Buy my course today");
        await Expect(kept).ToContainTextAsync("Hidden by a moderator: Off topic");
        await Expect(author.Locator("#announcer")).ToHaveTextAsync("A moderator hid your post: Off topic");
        // And after a reload, from the server's first view and the join.
        await author.ReloadAsync();
        await author.ExpectLiveAsync();
        await Expect(author.Post("Buy my course today")).ToContainTextAsync("Hidden by a moderator: Off topic");
    }

    private async Task<ChatScene> LiveSceneAsync()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        return scene;
    }
}
