using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>The admin's and the moderator's pages: create a community, name a moderator, plan a chat.</summary>
public sealed class PlanningTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Admin_creates_a_community_and_names_a_moderator_who_plans_a_chat_in_the_browser()
    {
        var moderator = await app.Api.CreatePersonAsync("planner", "Pia Planner");
        var guest = await app.Api.CreatePersonAsync("guest", "Gene Guest");
        var slug = "pages-" + Guid.NewGuid().ToString("N")[..8];

        var admin = await app.SignInAsync(app.Admin, "/communities/new");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Pages Community");
        await admin.GetByLabel("Address").FillAsync(slug);
        await admin.GetByLabel("Hashtag").FillAsync("PagesChat");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create community" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Uri(app.BaseAddress, $"/c/{slug}").ToString());
        await admin.GetByLabel("Add a moderator (handle)").FillAsync("@" + moderator.Handle);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add moderator" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync($"@{moderator.Handle} is now a moderator.");

        var planner = await app.SignInAsync(moderator, $"/c/{slug}");
        await planner.GetByRole(AriaRole.Link, new() { Name = "Plan a chat" }).ClickAsync();
        await planner.GetByLabel("Title").FillAsync("Planned in the browser");
        await planner.GetByLabel("Guests (handles)").FillAsync("@nobody_here");
        await planner.GetByLabel("Q1", new() { Exact = true }).FillAsync("What did you plan today?");
        await planner.GetByLabel("Q2", new() { Exact = true }).FillAsync("What will you ask next week?");
        await planner.GetByRole(AriaRole.Button, new() { Name = "Save chat" }).ClickAsync();

        // A refusal says why and keeps what was typed.
        await Expect(planner.GetByRole(AriaRole.Alert)).ToHaveTextAsync("There is no account @nobody_here to invite as a guest.");
        await Expect(planner.GetByLabel("Title")).ToHaveValueAsync("Planned in the browser");
        await Expect(planner.GetByLabel("Q2", new() { Exact = true })).ToHaveValueAsync("What will you ask next week?");

        await planner.GetByLabel("Guests (handles)").FillAsync(guest.Handle);
        await planner.GetByRole(AriaRole.Button, new() { Name = "Save chat" }).ClickAsync();
        await Expect(planner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/moderate$"));
        await Expect(planner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Planned in the browser");
        await Expect(planner.Locator("#question-list li")).ToHaveCountAsync(2);
        await Expect(planner.Locator("#question-list")).ToContainTextAsync("What will you ask next week?");
        await Expect(planner.GetByRole(AriaRole.Button, new() { Name = "Start chat" })).ToBeVisibleAsync();
        await Expect(planner.GetByRole(AriaRole.Link, new() { Name = guest.DisplayName })).ToBeVisibleAsync();
    }
}
