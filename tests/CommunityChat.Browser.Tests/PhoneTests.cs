using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 31 on a 390 × 844 screen: the composer is in view without scrolling, and the controls a thumb uses are 44 × 44 px.</summary>
public sealed class PhoneTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task On_a_phone_the_composer_is_in_view_and_send_like_reply_and_the_picker_are_44_pixels()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        for (var i = 1; i <= 20; i++)
        {
            await app.Api.PostAsync(scene, scene.Guest, $"Guest answer number {i}, long enough to wrap onto a second line on a phone.", questionNumber: 1);
        }

        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath, Phone);
        await participant.ExpectLiveAsync();
        await Expect(participant.Posts()).ToHaveCountAsync(21);

        Assert.Equal(0, await participant.EvaluateAsync<double>("() => window.scrollY"));
        foreach (var control in new[] { participant.AnswerBox(), participant.SendButton(), participant.QuestionPicker() })
        {
            var box = await BoxAsync(control);
            Assert.True(box.Y >= 0 && box.Y + box.Height <= Phone.Height, $"{await control.GetAttributeAsync("id")} is at {box.Y}..{box.Y + box.Height}, outside the {Phone.Height} px screen");
        }

        var newest = participant.Post("Guest answer number 20,");
        foreach (var control in new[]
        {
            participant.SendButton(),
            participant.QuestionPicker(),
            newest.GetByRole(AriaRole.Button, new() { Name = "Like" }),
            newest.GetByRole(AriaRole.Button, new() { Name = "Reply" }),
        })
        {
            var box = await BoxAsync(control);
            Assert.True(box.Width >= 44 && box.Height >= 44, $"{await control.TextContentAsync()} is {box.Width} × {box.Height} px");
        }
    }

    [Fact]
    public async Task On_a_phone_the_consoles_settings_and_the_rooms_facts_open_and_close_with_one_click_each()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath, Phone);
        await moderator.ExpectLiveAsync();

        // One click opens, the next closes (a script that ran twice once made each click do both).
        // What waits in the queues under the feed is named at the top, with a link there.
        await app.Api.SetPremoderationAsync(scene, on: true);
        await app.Api.PostAsync(scene, scene.Participant, "Waiting for approval on a phone");
        var summary = moderator.Locator("#queue-summary");
        await Expect(summary).ToHaveTextAsync("1 held post");
        await summary.GetByRole(AriaRole.Link, new() { Name = "1 held post" }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Heading, new() { Name = "Held posts 1" })).ToBeInViewportAsync();

        var settings = moderator.GetByRole(AriaRole.Button, new() { Name = "Questions and room settings" });
        await settings.ClickAsync();
        await Expect(settings).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(moderator.GetByRole(AriaRole.Checkbox, new() { Name = "Approve before publish: participants' posts wait for a moderator" })).ToBeVisibleAsync();
        await settings.ClickAsync();
        await Expect(settings).ToHaveAttributeAsync("aria-expanded", "false");

        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath, Phone);
        await participant.ExpectLiveAsync();
        var about = participant.GetByRole(AriaRole.Button, new() { Name = "About this chat" });
        await about.ClickAsync();
        await Expect(about).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(participant.Locator("#room-facts")).ToBeVisibleAsync();
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The control is not rendered.");
}
