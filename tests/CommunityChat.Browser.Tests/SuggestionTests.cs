using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// SPEC rule 22 in the browser: a participant suggests a question, another person upvotes it, the moderator asks it
/// from the console's "Audience questions", and it arrives in the room as the next question, crediting the suggester.
/// </summary>
public sealed class SuggestionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Idea = "How do you choose the guest each week?";

    [Fact]
    public async Task A_participant_suggests_another_upvotes_and_the_moderator_asks_it_as_Q4()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var guest = await app.SignInAsync(scene.Guest, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        foreach (var page in new[] { moderator, participant, guest, reader })
        {
            await page.ExpectLiveAsync();
        }

        await participant.GetByRole(AriaRole.Button, new() { Name = "Suggest a question" }).ClickAsync();
        var dialog = participant.GetByRole(AriaRole.Dialog, new() { Name = "Suggest a question for the guest" });
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Your question" }).FillAsync(Idea);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send suggestion" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var own = participant.Locator("#suggestions .suggestion", new() { HasText = Idea });
        await Expect(own).ToContainTextAsync("Your suggestion · 0 votes");
        await Expect(own.GetByRole(AriaRole.Button, new() { Name = "Upvote" })).ToHaveCountAsync(0);

        // Another participant opens the list (folded on a screen this short, so the composer stays in view) and upvotes:
        // one vote, shown pressed; the reader sees the count and how to join in.
        var fold = guest.GetByRole(AriaRole.Button, new() { Name = "Audience questions (1)" });
        await fold.ClickAsync();
        await Expect(fold).ToHaveAttributeAsync("aria-expanded", "true");
        var theirs = guest.Locator("#suggestions .suggestion", new() { HasText = Idea });
        var upvote = theirs.GetByRole(AriaRole.Button, new() { Name = "Upvote" });
        await Expect(upvote).ToHaveAttributeAsync("aria-pressed", "false");
        await upvote.ClickAsync();
        await Expect(upvote).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(theirs).ToContainTextAsync("1 vote");
        await Expect(reader.Locator("#suggestions .suggestion", new() { HasText = Idea })).ToContainTextAsync("Pat Participant");
        await Expect(reader.Locator("#suggestions .suggestion", new() { HasText = Idea })).ToContainTextAsync("1 vote");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Sign in to suggest a question or vote" })).ToBeVisibleAsync();
        await Expect(participant.Locator("#suggestions .suggestion", new() { HasText = Idea })).ToContainTextAsync("Your suggestion · 1 vote");

        // The console's queue is live; "Ask" posts it as the question after the three planned ones.
        var queued = moderator.Locator("#suggestion-queue .suggestion", new() { HasText = Idea });
        await Expect(queued).ToContainTextAsync("1 vote");
        await queued.GetByRole(AriaRole.Button, new() { Name = "Ask", Exact = true }).ClickAsync();
        await Expect(moderator.Locator("#suggestion-queue .suggestion")).ToHaveCountAsync(0);

        var question = participant.Post(Idea);
        await Expect(question.Label()).ToHaveTextAsync("Q4");
        await Expect(question).ToContainTextAsync("suggested by @" + scene.Participant.Handle);
        await Expect(participant.Locator("#suggestions .suggestion")).ToHaveCountAsync(0);
        await Expect(reader.Post(Idea).Label()).ToHaveTextAsync("Q4");
        await Expect(participant.QuestionPicker().Locator("option[value='4']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task On_a_phone_the_suggestions_fold_away_and_the_composer_stays_in_view()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        for (var i = 1; i <= 6; i++) // two authors: one person may suggest five at once (the throttle)
        {
            await app.Api.SuggestAsync(scene, i % 2 == 0 ? scene.Guest : scene.Moderator, $"Suggested question number {i}, long enough to wrap on a phone screen?");
        }

        var phone = new ViewportSize { Width = 390, Height = 844 };
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath, phone);
        await participant.ExpectLiveAsync();

        var toggle = participant.GetByRole(AriaRole.Button, new() { Name = "Audience questions (6)" });
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(participant.Locator("#suggestions .suggestion").First).ToBeHiddenAsync();
        foreach (var control in new[] { participant.AnswerBox(), participant.SendButton() })
        {
            var box = await control.BoundingBoxAsync() ?? throw new InvalidOperationException("Not rendered.");
            Assert.True(box.Y >= 0 && box.Y + box.Height <= phone.Height, $"{await control.GetAttributeAsync("id")} is at {box.Y}..{box.Y + box.Height}");
        }

        foreach (var control in new[] { toggle, participant.GetByRole(AriaRole.Button, new() { Name = "Suggest a question" }) })
        {
            var box = await control.BoundingBoxAsync() ?? throw new InvalidOperationException("Not rendered.");
            Assert.True(box.Width >= 44 && box.Height >= 44, $"{await control.TextContentAsync()} is {box.Width} × {box.Height} px");
        }

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(participant.Locator("#suggestions .suggestion").First).ToBeVisibleAsync();
        var upvote = participant.Locator("#suggestions .suggestion").First.GetByRole(AriaRole.Button, new() { Name = "Upvote" });
        var upvoteBox = await upvote.BoundingBoxAsync() ?? throw new InvalidOperationException("Not rendered.");
        Assert.True(upvoteBox.Height >= 44, $"Upvote is {upvoteBox.Height} px high");
        await participant.ScreenshotAsync(new() { Path = "/tmp/suggestions-phone.png" });
        var send = await participant.SendButton().BoundingBoxAsync() ?? throw new InvalidOperationException("Not rendered.");
        Assert.True(send.Y + send.Height <= phone.Height, "Send left the screen when the suggestions opened");
    }
}
