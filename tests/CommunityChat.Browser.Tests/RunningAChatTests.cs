using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

public sealed class RunningAChatTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Three_people_run_a_chat_end_to_end()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await moderator.ExpectLiveAsync();
        await participant.ExpectLiveAsync();
        await reader.ExpectLiveAsync();

        // Before the start, a calm panel says when, in both zones, with a calendar file; no composer yet (rule 30).
        var calm = participant.Locator("#before-start");
        await Expect(calm).ToBeVisibleAsync();
        await Expect(calm.GetByRole(AriaRole.Link, new() { Name = "Add to calendar" })).ToHaveAttributeAsync("href", $"/api/chats/{scene.Chat.Id}/calendar.ics");
        await Expect(calm).ToContainTextAsync("(UTC)");
        await Expect(participant.AnswerBox()).ToBeHiddenAsync();
        await Expect(participant.Locator(".error:visible")).ToHaveCountAsync(0);

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
        // The room turns live by itself.
        await Expect(calm).ToBeHiddenAsync();
        await Expect(participant.AnswerBox()).ToBeVisibleAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Ask next question" }).ClickAsync();

        // The question arrives without a reload, and the picker follows it.
        var question = participant.Post(ChatScene.Q1);
        await Expect(question.Label()).ToHaveTextAsync("Q1");
        await Expect(participant.QuestionPicker()).ToHaveValueAsync("1");
        await Expect(participant.QuestionPicker().Locator("option:checked")).ToHaveTextAsync("Q1");

        await participant.SendAnswerAsync("Leadership starts with listening.");
        await Expect(participant.AnswerBox()).ToHaveValueAsync("");
        var first = reader.Post("Leadership starts with listening.");
        await Expect(first.Label()).ToHaveTextAsync("A1");
        await Expect(first).ToContainTextAsync(scene.Participant.DisplayName);

        await participant.SendAnswerAsync("And with showing up every week.");
        var second = reader.Post("And with showing up every week.");
        await Expect(second.Label()).ToHaveTextAsync("A1b");
        await Expect(participant.Post("And with showing up every week.").Label()).ToHaveTextAsync("A1b");

        // The guest answers too (through the API, as a bot would): the transcript must put it first.
        await app.Api.PostAsync(scene, scene.Guest, "Leaders make room for others.", questionNumber: 1);
        await Expect(reader.Post("Leaders make room for others.").Label()).ToHaveTextAsync("A1");

        var highlight = moderator.Post("And with showing up every week.").GetByRole(AriaRole.Button, new() { Name = "Highlight" });
        await highlight.ClickAsync();
        await Expect(highlight).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(second).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("post--highlighted"));

        await moderator.Post("Leadership starts with listening.").GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();
        var dialog = moderator.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Reason (for the audit log)" }).FillAsync("Testing the hide button");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hide post" }).ClickAsync();
        await Expect(reader.Post("Leadership starts with listening.")).ToHaveCountAsync(0);
        // Its author keeps it, marked with the reason (rule 28).
        await Expect(participant.Post("Leadership starts with listening.")).ToContainTextAsync("Hidden by a moderator: Testing the hide button");
        await Expect(moderator.Post("Leadership starts with listening.")).ToContainTextAsync("Hidden");

        await moderator.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await moderator.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "End the chat now" }).ClickAsync();
        await Expect(reader.Locator("#ended-notice")).ToBeVisibleAsync();
        await Expect(reader.Locator("#ended-notice")).ToContainTextAsync("This chat has ended.");
        // At the end the live controls go at once and the transcript is a link away (rule 30).
        await Expect(reader.Locator("#ended-notice").GetByRole(AriaRole.Link, new() { Name = "Read the transcript" })).ToBeVisibleAsync();
        await Expect(participant.AnswerBox()).ToBeHiddenAsync();
        await Expect(participant.GetByRole(AriaRole.Button, new() { Name = "Like" })).ToHaveCountAsync(0);
        await Expect(participant.Locator("#online-count")).ToBeHiddenAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Sign in to like" })).ToHaveCountAsync(0);

        // The same address is now the transcript: Q1, the guest's answer first, no hidden post, and the exports.
        await reader.ReloadAsync();
        var q1 = reader.Locator("section#q1");
        await Expect(q1.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync(ChatScene.Q1);
        var answers = q1.Locator("li.post");
        await Expect(answers).ToHaveCountAsync(2);
        await Expect(answers.First).ToContainTextAsync("Leaders make room for others.");
        await Expect(answers.First).ToContainTextAsync("Guest");
        await Expect(answers.Nth(1)).ToContainTextAsync("And with showing up every week.");
        await Expect(reader.GetByText("Leadership starts with listening.")).ToHaveCountAsync(0);
        foreach (var (name, extension) in new[] { ("Markdown", "md"), ("JSON", "json"), ("CSV", "csv"), ("Text", "txt") })
        {
            await Expect(reader.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }))
                .ToHaveAttributeAsync("href", $"/api/chats/{scene.Chat.Id}/transcript.{extension}");
        }
    }
}
