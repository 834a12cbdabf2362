using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// Issue 9, item 7, for what the scripts render: a right-to-left display name arriving live sits in its own
/// <c>&lt;bdi&gt;</c> in the room's feed and in the console's "Welcome them" list, as the server's partials do
/// (CommunityChat.Web.Tests' NameIsolationTests).
/// </summary>
public sealed class NameIsolationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Name = "דנה כהן";

    [Fact]
    public async Task A_right_to_left_name_that_arrives_live_is_isolated_in_the_feed_and_the_console()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        var dana = await app.Api.CreatePersonAsync("dana", Name);
        await app.Api.AgreeAsync(scene, dana);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        var console = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        await reader.ExpectLiveAsync();
        await console.ExpectLiveAsync();

        await app.Api.PostAsync(scene, dana, "Listening before talking", questionNumber: 1);

        await Expect(reader.Post("Listening before talking").Locator(".post__author > bdi")).ToHaveTextAsync(Name);
        await Expect(console.Locator($"#welcome-them li[data-handle={dana.Handle}] a > bdi")).ToHaveTextAsync(Name);
    }
}
