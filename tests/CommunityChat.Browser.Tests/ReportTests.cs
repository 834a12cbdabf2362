using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// SPEC rule 8 in the browser: a participant reports a post from the room's Report dialog; the report appears at once in
/// the moderator's console, where one click hides the post for everyone.
/// </summary>
public sealed class ReportTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_participant_reports_a_post_and_the_moderator_hides_it_from_the_consoles_queue()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.PostAsync(scene, scene.Guest, "Buy followers cheap at example.org");
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await moderator.ExpectLiveAsync();
        await participant.ExpectLiveAsync();
        await reader.ExpectLiveAsync();

        await participant.Post("Buy followers cheap").GetByRole(AriaRole.Button, new() { Name = "Report" }).ClickAsync();
        var dialog = participant.GetByRole(AriaRole.Dialog, new() { Name = "Report this post to the moderators?" });
        await dialog.GetByRole(AriaRole.Textbox, new() { Name = "Why (the moderators read it)" }).FillAsync("Spam");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Expect(participant.Locator("#room-notice")).ToHaveTextAsync("Thank you: your report went to the moderators.");

        var queue = moderator.GetByRole(AriaRole.Region, new() { Name = "Reports 1" });
        await Expect(queue).ToContainTextAsync($"@{scene.Participant.Handle} reported @{scene.Guest.Handle}: Spam");
        await Expect(moderator.Locator("#announcer")).ToContainTextAsync($"New report on a post by @{scene.Guest.Handle}.");
        await queue.GetByRole(AriaRole.Button, new() { Name = "Hide" }).ClickAsync();

        await Expect(reader.Post("Buy followers cheap")).ToHaveCountAsync(0);
        await Expect(moderator.Locator("#report-queue")).ToBeHiddenAsync();
        await Expect(moderator.Post("Buy followers cheap")).ToContainTextAsync("Hidden by a moderator: Spam");
    }
}
