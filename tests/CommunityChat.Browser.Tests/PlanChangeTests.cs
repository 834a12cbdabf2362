using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 27 in the browser: edit a plan from the community page, schedule and delete drafts, correct a question live.</summary>
public sealed partial class PlanChangeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Moderator_edits_Q3_from_the_community_page_and_a_stale_save_keeps_what_they_typed()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var page = await app.SignInAsync(scene.Moderator, $"/c/{scene.Community}");
        var card = page.Locator(".chat-card", new() { HasText = scene.Chat.Title });

        await card.GetByRole(AriaRole.Link, new() { Name = "Edit plan" }).ClickAsync();
        var q3 = page.GetByLabel("Q3", new() { Exact = true });
        await Expect(q3).ToHaveValueAsync("What will you try next week?");
        await q3.FillAsync("What will you try before next week?");
        await app.Api.ChangePlanAsync(scene, new { topic = "Changed by someone else meanwhile" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Someone else changed this plan while you were editing it. Reload to see their changes.");
        await Expect(q3).ToHaveValueAsync("What will you try before next week?");

        await page.GotoAsync(page.Url); // a fresh GET: reloading would post the form again
        await Expect(page.GetByLabel("Topic")).ToHaveValueAsync("Changed by someone else meanwhile");
        await q3.FillAsync("What will you try before next week?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ConsoleAddress());
        await Expect(page.Locator("#question-list li").Nth(2)).ToContainTextAsync("What will you try before next week?");
    }

    [Fact]
    public async Task Moderator_schedules_one_draft_and_deletes_another_after_confirming()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.PlanDraftAsync(scene, "Draft to schedule");
        await app.Api.PlanDraftAsync(scene, "Draft to delete");
        var page = await app.SignInAsync(scene.Moderator, $"/c/{scene.Community}");

        await page.Locator(".chat-card", new() { HasText = "Draft to schedule" }).GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
        await Expect(page.Locator(".chat-card", new() { HasText = "Draft to schedule" }).Locator(".status")).ToHaveTextAsync("Scheduled");

        await page.Locator(".chat-card", new() { HasText = "Draft to delete" }).GetByRole(AriaRole.Link, new() { Name = "Delete chat" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Delete “Draft to delete”?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete chat" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, $"/c/{scene.Community}").ToString());
        await Expect(page.Locator(".chat-card", new() { HasText = "Draft to delete" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".chat-card", new() { HasText = "Draft to schedule" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Moderator_corrects_an_asked_question_in_the_console_while_the_clock_runs()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        var console = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await Expect(reader.Locator("#feed")).ToContainTextAsync(ChatScene.Q1);

        await Expect(console.GetByRole(AriaRole.Timer, new() { Name = "Running for" })).ToHaveTextAsync(MinutesAndSeconds());
        await console.GetByRole(AriaRole.Button, new() { Name = "Edit Q1" }).ClickAsync();
        await console.GetByLabel("Q1 text").FillAsync("What does good leadership look like in a community?");
        await console.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(console.Locator("#question-list li").First).ToContainTextAsync("What does good leadership look like in a community?");
        await Expect(console.GetByRole(AriaRole.Button, new() { Name = "Edit Q1" })).ToBeFocusedAsync();
        await Expect(reader.Locator("#feed")).ToContainTextAsync("What does good leadership look like in a community?");
    }

    private Regex ConsoleAddress() => new("/moderate$");

    [GeneratedRegex(@"^\d{2}:\d{2}$")]
    private static partial Regex MinutesAndSeconds();
}
