using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 31: the picker follows new questions unless the person chose since their last Send; drafts survive a reload.</summary>
public sealed class ComposerTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_picker_follows_each_new_question_unless_the_person_chose_another_since_their_last_send()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await participant.ExpectLiveAsync();
        await Expect(participant.QuestionPicker()).ToHaveValueAsync("1");

        await participant.QuestionPicker().SelectOptionAsync(new SelectOptionValue { Label = "Comment (no label)" });
        await app.Api.AskAsync(scene, 2);
        await Expect(participant.Post("How do you welcome newcomers?")).ToHaveCountAsync(1);
        await Expect(participant.QuestionPicker()).ToHaveValueAsync(""); // chosen by hand since the last Send: kept

        await participant.SendAnswerAsync("Hello everyone!");
        await Expect(participant.Post("Hello everyone!")).ToHaveCountAsync(1);
        await app.Api.AskAsync(scene, 3);
        await Expect(participant.Post("What will you try next week?")).ToHaveCountAsync(1);
        await Expect(participant.QuestionPicker()).ToHaveValueAsync("3"); // after the Send it follows again

        await participant.SendAnswerAsync("A weekly newcomers' thread.");
        await Expect(participant.Post("A weekly newcomers' thread.").Label()).ToHaveTextAsync("A3");
    }

    [Fact]
    public async Task Unsent_text_survives_a_reload_and_goes_once_sent()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await participant.ExpectLiveAsync();

        await participant.AnswerBox().FillAsync("Half a thought about listening");
        await participant.ReloadAsync();
        await participant.ExpectLiveAsync();
        await Expect(participant.AnswerBox()).ToHaveValueAsync("Half a thought about listening");

        await participant.SendButton().ClickAsync();
        await Expect(participant.Post("Half a thought about listening")).ToHaveCountAsync(1);
        await participant.ReloadAsync();
        await participant.ExpectLiveAsync();
        await Expect(participant.AnswerBox()).ToHaveValueAsync("");
    }

    [Fact]
    public async Task Escape_cancels_a_reply_and_keeps_the_text()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        await app.Api.PostAsync(scene, scene.Guest, "Leaders listen first.", questionNumber: 1);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await participant.ExpectLiveAsync();

        await participant.Post("Leaders listen first.").GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        var chip = participant.Locator("#composer-reply");
        await Expect(chip).ToContainTextAsync($"Replying to @{scene.Guest.Handle}");
        await participant.AnswerBox().FillAsync("So true");
        await participant.AnswerBox().PressAsync("Escape");

        await Expect(chip).ToBeHiddenAsync();
        await Expect(participant.AnswerBox()).ToHaveValueAsync("So true");
        await Expect(participant.AnswerBox()).ToBeFocusedAsync();
    }
}
