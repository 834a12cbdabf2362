using Microsoft.Playwright;

namespace CommunityChat.Browser.Tests;

/// <summary>The live room's controls, found the way a person (or a screen reader) finds them: by role and name.</summary>
public static class Room
{
    public static ILocator ConnectionState(this IPage page) => page.Locator("#connection-state");

    public static ILocator Posts(this IPage page) => page.Locator("#feed > .post");

    public static ILocator Post(this IPage page, string text) => page.Locator("#feed > .post", new() { HasText = text });

    public static ILocator Label(this ILocator post) => post.Locator(".post__label");

    public static ILocator AnswerBox(this IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Your answer" });

    public static ILocator SendButton(this IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true });

    public static ILocator QuestionPicker(this IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Question", Exact = true });

    /// <summary>Waits until the room's badge says it is connected and joined.</summary>
    public static Task ExpectLiveAsync(this IPage page) =>
        Assertions.Expect(page.ConnectionState()).ToHaveTextAsync("Connected");

    public static async Task SendAnswerAsync(this IPage page, string text)
    {
        await page.AnswerBox().FillAsync(text);
        await page.SendButton().ClickAsync();
    }
}
