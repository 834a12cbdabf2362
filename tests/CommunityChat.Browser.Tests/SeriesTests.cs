using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 25 in the browser: "Plan the next one" from the console, fill the questions on the plan page, save, schedule.</summary>
public sealed partial class SeriesTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Moderator_plans_the_next_one_from_the_console_fills_its_questions_and_schedules_it()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var page = await app.SignInAsync(scene.Moderator, scene.ConsolePath);

        await page.GetByRole(AriaRole.Button, new() { Name = "Plan the next one" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(PlanAddress());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Edit the plan");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync(scene.Chat.Title);
        await Expect(page.GetByLabel("Topic")).ToHaveValueAsync("");
        var q1 = page.GetByLabel("Q1", new() { Exact = true });
        var q2 = page.GetByLabel("Q2", new() { Exact = true });
        await Expect(q1).ToHaveValueAsync("");
        await Expect(page.GetByLabel("Q3", new() { Exact = true })).ToHaveValueAsync("");

        // Written in the wrong order, then put right with the keyboard: "Move down" works without script.
        await q1.FillAsync("Who welcomed you when you were new?");
        await q2.FillAsync("What brought you here?");
        await page.Locator("#plan-row-0").GetByRole(AriaRole.Button, new() { Name = "Move down" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(q1).ToHaveValueAsync("What brought you here?");
        await Expect(q2).ToHaveValueAsync("Who welcomed you when you were new?");
        await page.GetByLabel("Q3", new() { Exact = true }).FillAsync("Whom will you welcome next week?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ConsoleAddress());
        await Expect(page.Locator("#room-status")).ToHaveTextAsync("Draft");
        await Expect(page.Locator("#question-list li")).ToHaveCountAsync(3);
        await Expect(page.Locator("#question-list li").First).ToContainTextAsync("What brought you here?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();

        await Expect(page.Locator("#room-status")).ToHaveTextAsync("Scheduled");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Schedule" })).ToHaveCountAsync(0);
        Assert.NotEqual(scene.ConsolePath, new Uri(page.Url).AbsolutePath);
    }

    [GeneratedRegex("/plan$")]
    private static partial Regex PlanAddress();

    [GeneratedRegex("/moderate$")]
    private static partial Regex ConsoleAddress();
}
