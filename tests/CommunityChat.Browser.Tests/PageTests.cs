using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

public sealed class PageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Pages_have_no_serious_accessibility_violations()
    {
        var live = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(live);
        await app.Api.AskAsync(live, 1);
        await app.Api.PostAsync(live, live.Guest, "Leaders make room for others.", questionNumber: 1);
        await app.Api.PostAsync(live, live.Participant, "A1 Listening, mostly. https://example.com #leadership");

        var ended = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(ended);
        await app.Api.AskAsync(ended, 1);
        await app.Api.PostAsync(ended, ended.Guest, "Leaders make room for others.", questionNumber: 1);
        await app.Api.PostAsync(ended, ended.Participant, "Showing up every week.", questionNumber: 1);
        await app.Api.PostAsync(ended, ended.Participant, "Thanks everyone!");
        await app.Api.EndAsync(ended);

        var reader = await app.OpenAnonymouslyAsync("/");
        var failures = new List<string>();
        failures.AddRange(await SeriousViolationsAsync(reader, "home"));

        var participant = await app.SignInAsync(live.Participant, live.RoomPath);
        await participant.ExpectLiveAsync();
        await Expect(participant.Posts()).ToHaveCountAsync(3);
        failures.AddRange(await SeriousViolationsAsync(participant, "live room"));

        var moderator = await app.SignInAsync(live.Moderator, live.ConsolePath);
        await moderator.ExpectLiveAsync();
        await Expect(moderator.GetByRole(AriaRole.Button, new() { Name = "End chat" })).ToBeVisibleAsync();
        failures.AddRange(await SeriousViolationsAsync(moderator, "moderator console"));

        await reader.GotoAsync(ended.RoomPath);
        await Expect(reader.Locator("section#q1")).ToBeVisibleAsync();
        failures.AddRange(await SeriousViolationsAsync(reader, "ended transcript"));

        // The pages issue 12 changed: before the start, the plan's edit and delete pages, and the phone layouts.
        var upcoming = await app.Api.CreateSceneAsync(app.Admin);
        await reader.GotoAsync(upcoming.RoomPath);
        await Expect(reader.Locator("#before-start")).ToBeVisibleAsync();
        failures.AddRange(await SeriousViolationsAsync(reader, "room before the start"));
        var planner = await app.SignInAsync(upcoming.Moderator, $"{upcoming.RoomPath}/plan");
        await Expect(planner.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToBeVisibleAsync();
        failures.AddRange(await SeriousViolationsAsync(planner, "plan edit"));
        await planner.GotoAsync($"{upcoming.RoomPath}/delete");
        failures.AddRange(await SeriousViolationsAsync(planner, "delete chat"));

        var phone = new ViewportSize { Width = 390, Height = 844 };
        var phoneParticipant = await app.SignInAsync(live.Participant, live.RoomPath, phone);
        await phoneParticipant.ExpectLiveAsync();
        failures.AddRange(await SeriousViolationsAsync(phoneParticipant, "live room on a phone"));
        var phoneModerator = await app.SignInAsync(live.Moderator, live.ConsolePath, phone);
        await phoneModerator.ExpectLiveAsync();
        failures.AddRange(await SeriousViolationsAsync(phoneModerator, "moderator console on a phone"));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Choosing_French_in_the_footer_and_switching_speaks_French_and_it_stays_after_a_reload()
    {
        var reader = await app.OpenAnonymouslyAsync("/");
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await reader.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync(new SelectOptionValue { Label = "Français" });
        // Choosing is not switching (WCAG 3.2.2: a setting changes no context by itself): the button switches.
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(reader.GetByRole(AriaRole.Combobox, new() { Name = "Langue" })).ToHaveValueAsync("fr");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chats en direct et archives");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Se connecter" })).ToBeVisibleAsync();

        await reader.ReloadAsync();
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chats en direct et archives");
    }

    internal static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{name} ({page.Url}): {v.Impact} {v.Id} — {v.Help} at {string.Join(", ", v.Nodes.Select(node => node.Target.ToString()))}");
    }
}
