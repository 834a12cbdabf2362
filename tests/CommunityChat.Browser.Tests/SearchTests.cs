using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// SPEC rule 13 in the browser: a reader who remembers "something about trust" in French or in Chinese finds the answer
/// from the header's search link and lands on its permalink in the transcript; the address keeps the query.
/// </summary>
public sealed class SearchTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_reader_finds_a_french_and_a_chinese_answer_and_lands_on_each_permalink()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        var french = await app.Api.PostAsync(scene, scene.Participant, "La communauté se bâtit sur la confiance, semaine après semaine.", questionNumber: 1);
        var chinese = await app.Api.PostAsync(scene, scene.Guest, "我们在社区里建立信任很重要。", questionNumber: 1);
        await app.Api.EndAsync(scene);
        var reader = await app.OpenAnonymouslyAsync("/");

        await reader.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        var box = reader.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await box.FillAsync("communaute confiance");
        await box.PressAsync("Enter");

        await Expect(reader).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/search\?q=communaute(\+|%20)confiance$"));
        await Expect(reader.GetByRole(AriaRole.Status)).ToHaveTextAsync("One result for “communaute confiance”.");
        var result = reader.Locator(".search-result").First;
        await Expect(result.Locator("mark")).ToHaveTextAsync(["communauté", "confiance"]);
        Assert.Empty(await PageTests.SeriousViolationsAsync(reader, "search results"));
        await result.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Uri(app.BaseAddress, $"{scene.RoomPath}#post-{french.Id}").ToString());
        await Expect(reader.Locator($"#post-{french.Id}")).ToBeInViewportAsync();
        await Expect(reader.Locator($"#post-{french.Id}")).ToContainTextAsync("La communauté se bâtit sur la confiance");

        await reader.GotoAsync("/search?q=" + Uri.EscapeDataString("信任"));
        await Expect(reader.Locator(".search-result mark")).ToHaveTextAsync("信任");
        await reader.Locator(".search-result").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(reader.Locator($"#post-{chinese.Id}")).ToBeInViewportAsync();

        await reader.GotoAsync($"/c/{scene.Community}");
        var communityBox = reader.GetByRole(AriaRole.Searchbox, new() { Name = "Search this community" });
        await communityBox.FillAsync("semaine");
        await communityBox.PressAsync("Enter");
        await Expect(reader).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/search\?community={scene.Community}&q=semaine$"));
        await Expect(reader.GetByRole(AriaRole.Status)).ToHaveTextAsync("One result for “semaine”.");

        await reader.GotoAsync("/search?q=" + Uri.EscapeDataString("NEAR(\"*"));
        await Expect(reader.GetByRole(AriaRole.Status)).ToHaveTextAsync("Nothing found for “NEAR(\"*”.");
        await Expect(reader.GetByRole(AriaRole.Searchbox, new() { Name = "Search" })).ToHaveValueAsync("NEAR(\"*");
    }
}
