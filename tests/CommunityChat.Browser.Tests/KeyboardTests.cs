using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 31 by keyboard: "Skip to composer" first, the feed one Tab stop (WAI-ARIA feed pattern), Page Down between posts.</summary>
public sealed class KeyboardTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Backlog = 50;

    [Fact]
    public async Task Skip_to_composer_is_the_first_tab_stop_and_the_feed_of_fifty_posts_is_one()
    {
        var scene = await BusyRoomAsync();
        var page = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await page.ExpectLiveAsync();
        await Expect(page.Posts()).ToHaveCountAsync(Backlog + 1);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to composer", await FocusedNameAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.AnswerBox()).ToBeFocusedAsync();

        // Without the skip link: every Tab stop from the top of the page to the composer, counted.
        await page.ReloadAsync();
        await page.ExpectLiveAsync();
        await Expect(page.Posts()).ToHaveCountAsync(Backlog + 1);
        var stops = new List<string>();
        while (!await page.AnswerBox().EvaluateAsync<bool>("e => e === document.activeElement") && stops.Count < 100)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await FocusedNameAsync(page));
        }

        // 23: the header (with "Search", rule 13), the card, the toolbar with "So far" (rule 23), "Suggest a question"
        // (rule 22; the list's fold has no toggle while empty), the feed as one stop (and the newest post's own
        // controls), then the composer.
        Assert.True(stops.Count <= 23, $"{stops.Count} Tab stops to the composer: {string.Join(" | ", stops)}");
        Assert.Single(stops, s => s.StartsWith("post", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_down_and_up_move_between_posts_and_tab_reaches_a_posts_own_buttons()
    {
        var scene = await BusyRoomAsync();
        var page = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await page.ExpectLiveAsync();
        await Expect(page.Posts()).ToHaveCountAsync(Backlog + 1);

        var newest = page.Post($"Backlog post {Backlog:00}").Locator("article");
        await newest.FocusAsync();
        await page.Keyboard.PressAsync("PageUp");
        await Expect(page.Post($"Backlog post {Backlog - 1:00}").Locator("article")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("PageUp");
        await page.Keyboard.PressAsync("PageDown");
        await Expect(page.Post($"Backlog post {Backlog - 1:00}").Locator("article")).ToBeFocusedAsync();
        await Expect(page.Post($"Backlog post {Backlog - 1:00}").Locator("article")).ToHaveAttributeAsync("aria-posinset", $"{Backlog}");

        // Inside the post, Tab reaches its own controls; Like keeps focus when the post is drawn again.
        var like = page.Post($"Backlog post {Backlog - 1:00}").GetByRole(AriaRole.Button, new() { Name = "Like" });
        for (var i = 0; i < 6 && !await like.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(like).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(like).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(like).ToBeFocusedAsync();
    }

    private async Task<ChatScene> BusyRoomAsync()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        for (var i = 1; i <= Backlog; i++)
        {
            await app.Api.PostAsync(scene, scene.Guest, $"Backlog post {i:00}");
        }

        return scene;
    }

    /// <summary>The focused element's accessible name, or "post …" for a post of the feed.</summary>
    private static Task<string> FocusedNameAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const e = document.activeElement;
          if (e.tagName === "ARTICLE") return "post " + e.closest(".post").id;
          return (e.getAttribute("aria-label") || e.textContent || e.id || e.tagName).trim().slice(0, 40);
        }
        """);
}
