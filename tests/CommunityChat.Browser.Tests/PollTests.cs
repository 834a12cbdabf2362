using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 9 in the browser: the moderator opens a poll in the console, a participant votes and sees the chart.</summary>
public sealed class PollTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Moderator_opens_a_poll_in_the_console_and_a_participant_votes_and_sees_the_results()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await moderator.ExpectLiveAsync();
        await participant.ExpectLiveAsync();
        await reader.ExpectLiveAsync();

        await moderator.GetByRole(AriaRole.Textbox, new() { Name = "Poll question" }).FillAsync("Which day suits the next chat?");
        await moderator.GetByRole(AriaRole.Textbox, new() { Name = "Option 1" }).FillAsync("Tuesday");
        await moderator.GetByRole(AriaRole.Textbox, new() { Name = "Option 2" }).FillAsync("Thursday");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Open poll" }).ClickAsync();
        await Expect(moderator.Locator("#poll-form-status")).ToHaveTextAsync("Poll opened.");

        var poll = participant.GetByRole(AriaRole.Group, new() { Name = "Which day suits the next chat?" });
        await Expect(poll).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Group, new() { Name = "Which day suits the next chat?" })).ToBeVisibleAsync();
        await Expect(reader.Locator(".polls")).ToContainTextAsync("Results show after you vote, or when the poll closes.");

        await poll.GetByRole(AriaRole.Radio, new() { Name = "Thursday" }).CheckAsync();
        await participant.Locator(".poll").GetByRole(AriaRole.Button, new() { Name = "Vote" }).ClickAsync();
        var results = participant.Locator(".poll__results");
        await Expect(results).ToContainTextAsync("Thursday: 1 vote (100%)");
        await Expect(results).ToContainTextAsync("Tuesday: 0 votes (0%)");
        await Expect(results.Locator("rect.poll__bar-fill").Nth(1)).ToHaveAttributeAsync("width", "100");
        await Expect(participant.Locator(".poll__mine")).ToHaveTextAsync("You voted: Thursday");

        // The moderator sees the count arrive; the reader, who has not voted, still sees no results.
        await Expect(moderator.Locator(".poll__results")).ToContainTextAsync("Thursday: 1 vote (100%)");
        await Expect(reader.Locator(".poll__results")).ToHaveCountAsync(0);
    }
}
