using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>A reader follows a community from its page: the Atom feed and the calendar feed (docs/readers.md).</summary>
public sealed class SubscribeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_reader_finds_the_feeds_on_the_community_page_and_the_calendar_holds_the_upcoming_chat()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var draft = await app.Api.PlanDraftAsync(scene, "Not on the schedule yet");
        var phone = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "en-US", ViewportSize = new() { Width = 390, Height = 844 } });
        var reader = await phone.NewPageAsync();
        await reader.GotoAsync($"/c/{scene.Community}");

        var subscribe = reader.GetByRole(AriaRole.Navigation, new() { Name = "Subscribe" });
        var feed = subscribe.GetByRole(AriaRole.Link, new() { Name = "Transcripts and recaps (Atom feed)" });
        var calendar = subscribe.GetByRole(AriaRole.Link, new() { Name = "Schedule (iCalendar)" });
        await Expect(feed).ToHaveAttributeAsync("href", $"/c/{scene.Community}/feed.atom");
        await Expect(calendar).ToHaveAttributeAsync("href", $"/c/{scene.Community}/calendar.ics");
        await Expect(subscribe.GetByRole(AriaRole.Link, new() { Name = "Open the schedule in your calendar app" }))
            .ToHaveAttributeAsync("href", $"webcal://{app.BaseAddress.Authority}/c/{scene.Community}/calendar.ics");
        await Expect(reader.Locator("head link[rel=alternate][type='text/calendar']")).ToHaveAttributeAsync("href", $"/c/{scene.Community}/calendar.ics");
        await Expect(reader.Locator("head link[rel=alternate][type='application/atom+xml']")).ToHaveAttributeAsync("href", $"/c/{scene.Community}/feed.atom");
        foreach (var link in await subscribe.GetByRole(AriaRole.Link).AllAsync())
        {
            Assert.True((await link.BoundingBoxAsync())!.Height >= 44, "Each subscribe link is a 44px touch target on a phone.");
        }

        var response = await reader.Context.APIRequest.GetAsync((await calendar.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.Equal("text/calendar; charset=utf-8", response.Headers["content-type"]);
        var ics = (await response.TextAsync()).Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"UID:chat-{scene.Chat.Id}@{app.BaseAddress.Host}\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain($"UID:chat-{draft.Id}@", ics, StringComparison.Ordinal);

        await phone.CloseAsync();

        // A browser that asks for French gets the block in French.
        var french = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), Locale = "fr-FR" });
        var lecteur = await french.NewPageAsync();
        await lecteur.GotoAsync($"/c/{scene.Community}");
        await Expect(lecteur.GetByRole(AriaRole.Navigation, new() { Name = "S’abonner" })
            .GetByRole(AriaRole.Link, new() { Name = "Programme (iCalendar)" })).ToBeVisibleAsync();
        await french.CloseAsync();
    }
}
