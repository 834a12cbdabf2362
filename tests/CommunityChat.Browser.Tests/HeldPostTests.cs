using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// SPEC rule 20 in the browser: under "approve before publish" a participant's post shows to them as waiting, the
/// moderator approves one and rejects another from the console's queue, and the participant sees each outcome live.
/// </summary>
public sealed class HeldPostTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_held_post_waits_for_the_moderator_who_approves_one_and_rejects_another_with_a_reason()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.SetPremoderationAsync(scene, on: true);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await moderator.ExpectLiveAsync();
        await participant.ExpectLiveAsync();
        await reader.ExpectLiveAsync();
        await Expect(participant.Locator("#room-notes")).ToContainTextAsync("A moderator approves posts before they appear");

        await participant.AnswerBox().FillAsync("Worth waiting for");
        await participant.SendButton().ClickAsync();
        var mine = participant.Post("Worth waiting for");
        await Expect(mine).ToContainTextAsync("Waiting for a moderator");
        await Expect(participant.Locator("#announcer")).ToHaveTextAsync("Your post is waiting for a moderator.");
        await participant.AnswerBox().FillAsync("Off topic entirely");
        await participant.SendButton().ClickAsync();
        await Expect(participant.Post("Off topic entirely")).ToContainTextAsync("Waiting for a moderator");

        var queue = moderator.GetByRole(AriaRole.Region, new() { Name = "Held posts 2" });
        await Expect(queue.Locator(".held-item")).ToHaveCountAsync(2);
        await Expect(queue.Locator(".held-item").First).ToContainTextAsync("Held: every post waits for approval");
        await queue.Locator(".held-item", new() { HasText = "Worth waiting for" }).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(reader.Post("Worth waiting for")).ToBeVisibleAsync();
        await Expect(mine).Not.ToContainTextAsync("Waiting for a moderator");
        await Expect(moderator.Post("Worth waiting for")).ToBeVisibleAsync();

        await moderator.GetByRole(AriaRole.Region, new() { Name = "Held posts 1" }).GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        var dialog = moderator.GetByRole(AriaRole.Dialog, new() { Name = "Reject this post?" });
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Why (its author is told)" }).FillAsync("Let's keep to the question");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Reject post" }).ClickAsync();
        await Expect(moderator.Locator("#held-queue")).ToBeHiddenAsync();
        await Expect(participant.Post("Off topic entirely")).ToContainTextAsync("A moderator didn't publish this: Let's keep to the question");
        await Expect(reader.Post("Off topic entirely")).ToHaveCountAsync(0);

        // After a reload the participant still sees their rejected post with the reason; the reader never does.
        await participant.ReloadAsync();
        await participant.ExpectLiveAsync();
        await Expect(participant.Post("Off topic entirely")).ToContainTextAsync("Not published");
        await Expect(participant.Post("Worth waiting for")).Not.ToContainTextAsync("Waiting for a moderator");
    }
}
