using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 15 in the browser: paste a published recap, check what was found, import it, read the transcript.</summary>
public sealed class ImportTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Recap = """
        Here is the recap of last week's chat. Thanks to all who came!

        Guest: Gene Petrov
        Topic: Leading a community

        Q1: What does a good host do first? #LeadersChat
        — Madalyn Sklar (@MadalynSklar) June 6, 2019

        “A1: Greets every newcomer by name. #LeadersChat”
        — Gene Petrov (@GenePetrov) June 6, 2019

        A1 - Sets the tone with a short welcome post. #LeadersChat— Ana Lima (@ana_lima) Jun 6, 2019

        That's all for this week.
        """;

    [Fact]
    public async Task A_moderator_pastes_a_recap_checks_the_preview_and_imports_it_as_a_transcript()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var moderator = await app.SignInAsync(scene.Moderator, $"/c/{scene.Community}/import");

        await moderator.GetByRole(AriaRole.Textbox, new() { Name = "Recap or tweets" }).FillAsync(Recap);
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        var posts = moderator.GetByRole(AriaRole.Region, new() { Name = "Posts" }).Locator("tbody tr");
        await Expect(posts).ToHaveCountAsync(3);
        await Expect(posts.Nth(0)).ToContainTextAsync("Q1");
        await Expect(posts.Nth(1)).ToContainTextAsync("@GenePetrov");
        await Expect(posts.Nth(2)).ToContainTextAsync("Sets the tone with a short welcome post.");
        await Expect(moderator.GetByRole(AriaRole.Region, new() { Name = "Left out" })).ToContainTextAsync("Blog prose");
        await Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("Posts: 3 · people: 3");

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Import 3 posts" }).ClickAsync();

        var q1 = moderator.Locator("section#q1");
        await Expect(q1.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("What does a good host do first?");
        var answers = q1.Locator("li.post");
        await Expect(answers.First).ToContainTextAsync("Greets every newcomer by name.");
        await Expect(answers.First).ToContainTextAsync("Guest");
        await Expect(answers.Nth(1)).ToContainTextAsync("Sets the tone with a short welcome post.");
        await Expect(moderator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Leading a community");
    }
}
