using System.Globalization;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>Issue 6 in the browser: a reader opens someone's profile, reads their answers chat by chat, and pages on.</summary>
public sealed class ProfileTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_reader_opens_a_profile_reads_the_newest_chats_and_pages_to_the_older_ones()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var handle = "ana_" + scene.Community.Replace("community-", "c", StringComparison.Ordinal);
        for (var month = 1; month <= 11; month++)
        {
            var day = new DateTime(2019, month, 6).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            await app.Api.ImportAsync(scene, $"""
                Q1: What did month {month} teach you? #LeadersChat
                — Madalyn Sklar (@MadalynSklar) {day}

                A1: Month {month} taught me patience. #LeadersChat
                — Ana Lima (@{handle}) {day}
                """, $"Leaders chat, month {month}");
        }

        var reader = await app.OpenAnonymouslyAsync($"/@{handle}");

        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ana Lima");
        var chats = reader.Locator("article.profile-chat");
        await Expect(chats).ToHaveCountAsync(10);
        await Expect(chats.First.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("Leaders chat, month 11");
        await Expect(chats.First).ToContainTextAsync("What did month 11 teach you?");
        await Expect(chats.First).ToContainTextAsync("Month 11 taught me patience.");
        Assert.Empty(await SeriousViolationsAsync(reader));

        var pages = reader.GetByRole(AriaRole.Navigation, new() { Name = "Pages of Ana Lima's chats" });
        await pages.GetByRole(AriaRole.Link, new() { Name = "Older chats" }).ClickAsync();

        await Expect(reader).ToHaveURLAsync(new Uri(app.BaseAddress, $"/@{handle}?page=2").ToString());
        await Expect(chats).ToHaveCountAsync(1);
        await Expect(chats.First.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveTextAsync("Leaders chat, month 1");
        await Expect(pages).ToContainTextAsync("Page 2 of 2");
        await Expect(pages.GetByRole(AriaRole.Link, new() { Name = "Newer chats" })).ToBeVisibleAsync();
        Assert.Empty(await SeriousViolationsAsync(reader));

        // The answer's permalink opens it in its transcript.
        await chats.First.GetByRole(AriaRole.Link, new() { Name = "Permalink" }).ClickAsync();
        await Expect(reader.Locator("section#q1")).ToContainTextAsync("Month 1 taught me patience.");
    }

    private static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Impact} {v.Id} — {v.Help} at {string.Join(", ", v.Nodes.Select(node => node.Target.ToString()))}")
            .ToList();
    }
}
