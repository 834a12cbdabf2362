using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// SPEC rule 23 in the browser: a late joiner sees the current question and how long ago it was asked, and the "so far"
/// view lists every asked question with the guest's answers first and the others behind a toggle, live.
/// </summary>
public sealed class LateJoinerTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_late_joiner_sees_the_current_question_and_catches_up_with_the_so_far_view()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        await app.Api.PostAsync(scene, scene.Participant, "A1 Leaders show up first");
        await app.Api.PostAsync(scene, scene.Guest, "A1 Leading is listening");
        await app.Api.AskAsync(scene, 2);

        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await reader.ExpectLiveAsync();
        var current = reader.Locator("#current-question");
        await Expect(current).ToContainTextAsync("Q2");
        await Expect(current).ToContainTextAsync("How do you welcome newcomers?");
        await Expect(current).ToContainTextAsync("asked just now");

        await reader.GetByRole(AriaRole.Button, new() { Name = "So far" }).ClickAsync();
        var soFar = reader.GetByRole(AriaRole.Region, new() { Name = "So far" });
        await Expect(soFar).ToBeVisibleAsync();
        await Expect(reader.Locator("#feed")).ToBeHiddenAsync();
        var q1 = soFar.Locator(".so-far__question").First;
        await Expect(q1.Locator(".so-far__guest")).ToContainTextAsync("Leading is listening");
        await Expect(q1.GetByText("Leaders show up first")).ToBeHiddenAsync();
        await q1.GetByText("1 more answer").ClickAsync();
        await Expect(q1.GetByText("Leaders show up first")).ToBeVisibleAsync();
        await Expect(soFar.Locator(".so-far__question").Nth(1)).ToContainTextAsync("No answer from the guest yet.");

        // Live: the guest answers Q2 and the view catches up; the toggle stays open.
        await app.Api.PostAsync(scene, scene.Guest, "A2 Welcome them by name");
        await Expect(soFar.Locator(".so-far__question").Nth(1).Locator(".so-far__guest")).ToContainTextAsync("Welcome them by name");
        await Expect(q1.GetByText("Leaders show up first")).ToBeVisibleAsync();

        // A new question replaces the current one at once.
        await app.Api.AskAsync(scene, 3);
        await Expect(current).ToContainTextAsync("What will you try next week?");
        await reader.GetByRole(AriaRole.Button, new() { Name = "So far" }).ClickAsync();
        await Expect(reader.Locator("#feed")).ToBeVisibleAsync();
    }
}
