using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 32 in the browser: a reader opens a community's people page, on a desktop and on a phone, in three languages.</summary>
public sealed class PeoplePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_people_page_shows_regulars_newcomers_and_an_accessible_chart_in_three_languages()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var ana = "ana_" + scene.Community.Replace("community-", "c", StringComparison.Ordinal);
        for (var month = 1; month <= 3; month++)
        {
            await app.Api.ImportAsync(scene, $"""
                A1: Month {month}, still here. #LeadersChat
                — Ana Lima (@{ana}) March {month}, 2019
                """, $"Leaders chat {month}");
        }

        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        await app.Api.PostAsync(scene, scene.Participant, "A1 My first time here");
        await app.Api.EndAsync(scene);

        var reader = await app.OpenAnonymouslyAsync($"/c/{scene.Community}");
        await reader.GetByRole(AriaRole.Link, new() { Name = "People: regulars, newcomers and who comes back" }).ClickAsync();
        await reader.SetViewportSizeAsync(1280, 800);

        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"People of Community {scene.Community["community-".Length..]}");
        var regulars = reader.Locator("section", new() { Has = reader.GetByRole(AriaRole.Heading, new() { Name = "Regulars" }) });
        await Expect(regulars.GetByRole(AriaRole.Link, new() { Name = "Ana Lima" })).ToHaveAttributeAsync("href", $"/@{ana}");
        var newcomers = reader.Locator("section", new() { Has = reader.GetByRole(AriaRole.Heading, new() { Name = "Newcomers of the last chat" }) });
        await Expect(newcomers.GetByRole(AriaRole.Link, new() { Name = "Pat Participant" })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Img, new() { Name = "Participants and returning rate, last 4 chats" })).ToBeVisibleAsync();
        await Expect(reader.Locator("svg.people-chart rect.people-chart__bar")).ToHaveCountAsync(4);
        await Expect(reader.GetByRole(AriaRole.Table, new() { Name = "Participants and returning rate, last 4 chats" })).ToContainTextAsync("0%");
        await Expect(reader.GetByRole(AriaRole.Table, new() { Name = "Everyone who took part, most chats first." })).ToContainTextAsync("Pat Participant");
        Assert.Empty(await PageTests.SeriousViolationsAsync(reader, "people (en)"));
        await reader.ScreenshotAsync(new() { Path = "/tmp/people-desktop.png", FullPage = true });

        await reader.SetViewportSizeAsync(390, 844);
        Assert.True(await reader.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the page scrolls sideways on a phone");
        await reader.ScreenshotAsync(new() { Path = "/tmp/people-phone.png", FullPage = true });

        await reader.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync(new SelectOptionValue { Label = "Français" });
        await reader.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Les habitués" })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Img, new() { Name = "Participants et taux de retour, 4 derniers chats" })).ToBeVisibleAsync();
        Assert.Empty(await PageTests.SeriousViolationsAsync(reader, "people (fr)"));

        await reader.GetByRole(AriaRole.Combobox, new() { Name = "Langue" }).SelectOptionAsync(new SelectOptionValue { Label = "简体中文" });
        await reader.GetByRole(AriaRole.Button, new() { Name = "Changer de langue" }).ClickAsync();
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "常客" })).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Img, new() { Name = "最近 4 场聊天的参与人数和回访率" })).ToBeVisibleAsync();
        Assert.Empty(await PageTests.SeriousViolationsAsync(reader, "people (zh-Hans)"));
        await reader.ScreenshotAsync(new() { Path = "/tmp/people-phone-zh.png", FullPage = true });
    }

    [Fact]
    public async Task The_console_welcomes_a_newcomer_live_with_the_first_chat_badge()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        var console = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var welcome = console.Locator("#welcome-them");
        await Expect(welcome.GetByRole(AriaRole.Heading, new() { Name = "Welcome them" })).ToBeVisibleAsync();
        await Expect(welcome).ToContainTextAsync("No newcomers yet");

        var post = await app.Api.PostAsync(scene, scene.Participant, "A1 Hello from a first-timer");

        await Expect(console.Locator($"#post-{post.Id} .badge--newcomer")).ToHaveTextAsync("First chat");
        await Expect(welcome.GetByRole(AriaRole.Link, new() { Name = "Pat Participant" })).ToBeVisibleAsync();
        await Expect(welcome.Locator("[data-welcome-empty]")).ToBeHiddenAsync();
    }
}
