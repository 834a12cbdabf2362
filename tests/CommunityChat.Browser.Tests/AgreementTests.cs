using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 26 in the browser: a newcomer agrees to the code of conduct in one step and posts.</summary>
public sealed class AgreementTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_newcomer_sees_the_code_of_conduct_agrees_in_one_step_and_the_composer_takes_its_place()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        var newcomer = await app.Api.CreatePersonAsync("nova", "Nova Newcomer");
        var page = await app.SignInAsync(newcomer, scene.RoomPath);
        await page.ExpectLiveAsync();

        var agreement = page.GetByRole(AriaRole.Region, new() { Name = $"Before your first post in Community" });
        await Expect(agreement).ToContainTextAsync("Be kind.");
        await Expect(page.AnswerBox()).ToBeHiddenAsync();

        await agreement.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync();

        await Expect(agreement).ToHaveCountAsync(0);
        await Expect(page.AnswerBox()).ToBeFocusedAsync();
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("Thank you. You can post now.");
        await page.AnswerBox().FillAsync("Glad to be here");
        await page.SendButton().ClickAsync();
        await Expect(page.Post("Glad to be here")).ToBeVisibleAsync();

        // Agreed once: the next visit goes straight to the composer.
        await page.ReloadAsync();
        await page.ExpectLiveAsync();
        await Expect(page.AnswerBox()).ToBeVisibleAsync();
        await Expect(page.Locator("#agreement")).ToHaveCountAsync(0);
    }
}
