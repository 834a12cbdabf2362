using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 19, reading a fast room: filters that apply live, muting a person for oneself, a feed that never jumps.</summary>
public sealed class ReadingAFastRoomTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Each_filter_shows_only_its_posts_and_applies_to_posts_that_arrive_or_change_live()
    {
        var scene = await LiveSceneAsync();
        var other = await app.Api.CreatePersonAsync("other", "Olive Other");
        await app.Api.AgreeAsync(scene, other);
        await app.Api.PostAsync(scene, scene.Guest, "Guest answer aardvark", questionNumber: 1);
        var mine = await app.Api.PostAsync(scene, scene.Participant, "My answer badger", questionNumber: 1);
        var starred = await app.Api.PostAsync(scene, other, "Starred answer cheetah", questionNumber: 1);
        await app.Api.HighlightAsync(scene, starred.Id);
        await app.Api.PostAsync(scene, other, "Reply to me dingo", replyToId: mine.Id);
        var page = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await page.ExpectLiveAsync();
        await ExpectShownAsync(page, ChatScene.Q1, "aardvark", "badger", "cheetah", "dingo");

        await Filter(page, "Questions and guest").CheckAsync();
        await ExpectShownAsync(page, ChatScene.Q1, "aardvark");
        await ExpectFilteredOutAsync(page, "badger", "cheetah", "dingo");
        await app.Api.PostAsync(scene, other, "Live comment elk");
        await app.Api.PostAsync(scene, scene.Guest, "Live guest answer falcon", questionNumber: 1);
        await ExpectShownAsync(page, "falcon");
        await ExpectFilteredOutAsync(page, "elk");

        await Filter(page, "Highlights").CheckAsync();
        await ExpectShownAsync(page, "cheetah");
        await ExpectFilteredOutAsync(page, ChatScene.Q1, "aardvark", "badger", "dingo", "elk", "falcon");
        await app.Api.HighlightAsync(scene, mine.Id);
        await ExpectShownAsync(page, "cheetah", "badger");

        await Filter(page, "Mine and replies to me").CheckAsync();
        await ExpectShownAsync(page, "badger", "dingo");
        await ExpectFilteredOutAsync(page, ChatScene.Q1, "aardvark", "cheetah", "elk", "falcon");
        await app.Api.PostAsync(scene, other, "Live reply to me gazelle", replyToId: mine.Id);
        await app.Api.PostAsync(scene, other, "Live comment hyena");
        await ExpectShownAsync(page, "gazelle");
        await ExpectFilteredOutAsync(page, "hyena");

        await Filter(page, "All").CheckAsync();
        await ExpectShownAsync(page, ChatScene.Q1, "aardvark", "badger", "cheetah", "dingo", "elk", "falcon", "gazelle", "hyena");
    }

    [Fact]
    public async Task Muting_a_person_hides_their_posts_for_the_muter_only()
    {
        var scene = await LiveSceneAsync();
        var other = await app.Api.CreatePersonAsync("other", "Olive Other");
        await app.Api.AgreeAsync(scene, other);
        await app.Api.PostAsync(scene, other, "Olive says ibis", questionNumber: 1);
        var muter = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await muter.ExpectLiveAsync();
        await reader.ExpectLiveAsync();

        await muter.Post("ibis").GetByRole(AriaRole.Button, new() { Name = $"Mute @{other.Handle}" }).ClickAsync();

        await ExpectFilteredOutAsync(muter, "ibis");
        await ExpectShownAsync(reader, "ibis");
        await app.Api.PostAsync(scene, other, "Olive again jackal", questionNumber: 1);
        await app.Api.PostAsync(scene, scene.Guest, "Guest answer koala", questionNumber: 1);
        await ExpectFilteredOutAsync(muter, "jackal");
        await ExpectShownAsync(muter, ChatScene.Q1, "koala");
        await ExpectShownAsync(reader, "ibis", "jackal", "koala");

        await muter.GetByRole(AriaRole.Button, new() { Name = $"Unmute @{other.Handle}" }).ClickAsync();
        await ExpectShownAsync(muter, "ibis", "jackal", "koala");
    }

    [Fact]
    public async Task The_feed_never_jumps_while_the_reader_has_scrolled_up()
    {
        const int Backlog = 30;
        var scene = await LiveSceneAsync();
        for (var i = 1; i <= Backlog; i++)
        {
            await app.Api.PostAsync(scene, i % 2 == 0 ? scene.Guest : scene.Participant, $"Backlog post {i:00}");
        }

        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await reader.ExpectLiveAsync();
        await Expect(reader.Posts()).ToHaveCountAsync(Backlog + 1);
        var feed = reader.Locator("#feed");
        Assert.True(await feed.EvaluateAsync<bool>("f => f.scrollHeight > 2 * f.clientHeight"), "The feed is too short to scroll up in.");

        await feed.EvaluateAsync("f => { f.scrollTop = Math.floor((f.scrollHeight - f.clientHeight) / 2); }");
        var before = await FirstVisiblePostAsync(feed);
        for (var i = 1; i <= 3; i++)
        {
            await app.Api.PostAsync(scene, scene.Guest, $"Arrived while reading {i}");
        }

        // Either way the three posts have arrived: behind the button (as they should) or in the feed (a jump).
        var newPosts = reader.GetByRole(AriaRole.Button, new() { Name = "3 new posts" });
        await Expect(newPosts.Or(reader.Post("Arrived while reading 3")).First).ToBeVisibleAsync();
        Assert.Equal(before, await FirstVisiblePostAsync(feed));
        await Expect(newPosts).ToBeVisibleAsync();
        await Expect(reader.Posts()).ToHaveCountAsync(Backlog + 1);
    }

    [Fact]
    public async Task The_feed_keeps_following_new_posts_after_a_filter_change_and_after_a_dialog()
    {
        const int Backlog = 30;
        var scene = await LiveSceneAsync();
        for (var i = 1; i <= Backlog; i++)
        {
            var post = await app.Api.PostAsync(scene, i % 2 == 0 ? scene.Guest : scene.Participant, $"Backlog post {i:00}");
            if (i % 10 == 0)
            {
                await app.Api.HighlightAsync(scene, post.Id);
            }
        }

        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        await moderator.ExpectLiveAsync();
        await Expect(moderator.Posts()).ToHaveCountAsync(Backlog + 1);
        var feed = moderator.Locator("#feed");
        Assert.True(await AtBottomAsync(feed), "A fresh room starts at its newest post.");

        await Filter(moderator, "Highlights").CheckAsync();
        await Filter(moderator, "All").CheckAsync();
        await app.Api.PostAsync(scene, scene.Guest, "Arrived after the filter changed");
        await Expect(moderator.Post("Arrived after the filter changed")).ToBeVisibleAsync();
        Assert.True(await AtBottomAsync(feed), "After a filter change the feed still follows.");

        // Hiding the newest post re-renders it (marked hidden) under the reader's eyes; the feed must not lose its place.
        await moderator.Post("Arrived after the filter changed").GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();
        var dialog = moderator.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Reason (for the audit log)" }).FillAsync("Off topic");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hide post" }).ClickAsync();
        await Expect(moderator.Post("Arrived after the filter changed")).ToContainTextAsync("Hidden");
        await app.Api.PostAsync(scene, scene.Guest, "Arrived after the dialog closed");
        await Expect(moderator.Post("Arrived after the dialog closed")).ToBeVisibleAsync();
        Assert.True(await AtBottomAsync(feed), "After a dialog the feed still follows.");
        await Expect(moderator.Locator("#new-posts")).ToBeHiddenAsync();
    }

    private static Task<bool> AtBottomAsync(ILocator feed) =>
        feed.EvaluateAsync<bool>("f => f.scrollHeight - f.scrollTop - f.clientHeight < 2");

    private static ILocator Filter(IPage page, string name) =>
        page.GetByRole(AriaRole.Group, new() { Name = "Show" }).GetByRole(AriaRole.Radio, new() { Name = name, Exact = true });

    /// <summary>Each post is in the feed and on screen.</summary>
    private static async Task ExpectShownAsync(IPage page, params string[] texts)
    {
        foreach (var text in texts)
        {
            await Expect(page.Post(text)).ToBeVisibleAsync();
        }
    }

    /// <summary>Each post has arrived (it is in the feed) but the filter or a mute keeps it off screen.</summary>
    private static async Task ExpectFilteredOutAsync(IPage page, params string[] texts)
    {
        foreach (var text in texts)
        {
            await Expect(page.Post(text)).ToHaveCountAsync(1);
            await Expect(page.Post(text)).ToBeHiddenAsync();
        }
    }

    /// <summary>The feed's scroll offset, the first post at least partly in view, and how far from the feed's top it sits.</summary>
    private static Task<string> FirstVisiblePostAsync(ILocator feed) => feed.EvaluateAsync<string>("""
        f => {
          const top = f.getBoundingClientRect().top;
          const first = [...f.querySelectorAll(".post")].find((li) => !li.hidden && li.getBoundingClientRect().bottom > top);
          return `scrollTop ${f.scrollTop}, first ${first.id} at ${Math.round(first.getBoundingClientRect().top - top)} px`;
        }
        """);

    /// <summary>A live chat with Q1 asked.</summary>
    private async Task<ChatScene> LiveSceneAsync()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        return scene;
    }
}
