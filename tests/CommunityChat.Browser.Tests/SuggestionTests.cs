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

        // Another participant upvotes: one vote, shown pressed; the reader sees the count and how to join in.
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
}
