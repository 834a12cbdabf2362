using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rules 10 and 24 in the browser: the moderator drafts, edits, publishes and copies the recap.</summary>
public sealed class RecapTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_moderator_drafts_edits_and_publishes_the_recap_and_copies_it_as_html()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        var answer = await app.Api.PostAsync(scene, scene.Guest, "Leaders make room for others.", questionNumber: 1);
        await app.Api.HighlightAsync(scene, answer.Id);
        await app.Api.EndAsync(scene);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var editor = moderator.GetByRole(AriaRole.Textbox, new() { Name = "Recap (Markdown)" });
        var preview = moderator.GetByRole(AriaRole.Region, new() { Name = "Preview" });
        // The console's scripts finish loading (and wire the editor) before the first click: once in CI the click came first.
        await moderator.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Draft recap from highlights" }).ClickAsync();
        await Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("> A1: Leaders make room for others\\.\\n>\\n> — Gene Petrov"));
        await Expect(preview.Locator("blockquote")).ToContainTextAsync("A1: Leaders make room for others.");

        await editor.FillAsync(await editor.InputValueAsync() + "\nThank you all for coming!\n");
        await Expect(preview).ToContainTextAsync("Thank you all for coming!");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Draft recap from highlights" }).ClickAsync();
        var replace = moderator.GetByRole(AriaRole.Dialog, new() { Name = "Replace the recap in the editor?" });
        await replace.GetByRole(AriaRole.Button, new() { Name = "Keep my recap" }).ClickAsync();
        await Expect(editor).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Thank you all for coming!"));

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(moderator.Locator("#recap-status")).ToContainTextAsync("Published");
        await moderator.GetByRole(AriaRole.Link, new() { Name = "View the published recap" }).ClickAsync();

        await Expect(moderator.Locator("article.recap blockquote")).ToContainTextAsync("Leaders make room for others.");
        await Expect(moderator.Locator("article.recap")).ToContainTextAsync("Thank you all for coming!");
        await moderator.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Copy as HTML" }).ClickAsync();
        await Expect(moderator.Locator("#copy-status")).ToContainTextAsync("Copied");
        var copied = await moderator.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Contains("<blockquote>", copied, StringComparison.Ordinal);
        Assert.Contains($"href=\"{app.BaseAddress.ToString().TrimEnd('/')}/@{scene.Guest.Handle}\"", copied, StringComparison.Ordinal);

        // Readers find it from the transcript.
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await reader.GetByRole(AriaRole.Link, new() { Name = "Read the recap" }).ClickAsync();
        await Expect(reader.Locator("article.recap")).ToContainTextAsync("Thank you all for coming!");
    }
}
