using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// Issue 9, item 2 in the browser: changing the password on the profile page signs the person out on their other
/// device and keeps this one signed in; signing out here signs out there too.
/// </summary>
public sealed class SessionTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Changing_the_password_and_signing_out_end_the_session_on_the_other_device()
    {
        var person = await app.Api.CreatePersonAsync("pw", "Pat Word");
        var laptop = await app.SignInAsync(person, "/account/profile");
        var phone = await app.SignInAsync(person, "/account/profile");

        await laptop.GetByLabel("Current password", new() { Exact = true }).FillAsync(person.Password);
        await laptop.GetByLabel("New password", new() { Exact = true }).FillAsync("a brand new passphrase");
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Expect(laptop.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your password is changed." })).ToBeVisibleAsync();
        var violations = (await laptop.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id);
        Assert.Empty(violations);
        await phone.ReloadAsync();
        await Expect(phone).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
        await laptop.ReloadAsync();
        await Expect(laptop.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your account");

        var tablet = await app.SignInAsync(person with { Password = "a brand new passphrase" }, "/account/profile");
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(laptop).ToHaveURLAsync(app.BaseAddress.ToString());
        await tablet.ReloadAsync();
        await Expect(tablet).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/signin"));
    }
}
