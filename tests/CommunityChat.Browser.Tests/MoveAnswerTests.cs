using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>SPEC rule 21 in the browser: the moderator moves an answer filed under the wrong question; the room sees it relabelled.</summary>
public sealed class MoveAnswerTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Moderator_moves_an_answer_to_the_question_it_answers_and_its_author_sees_the_new_label()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        await app.Api.AskAsync(scene, 2);
        await app.Api.PostAsync(scene, scene.Participant, "A1 This one answers the second question");
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await moderator.ExpectLiveAsync();
        await participant.ExpectLiveAsync();
        await Expect(participant.Post("This one answers the second question").Label()).ToHaveTextAsync("A1");

        await moderator.Post("This one answers the second question").GetByRole(AriaRole.Button, new() { Name = "Move" }).ClickAsync();
        var dialog = moderator.GetByRole(AriaRole.Dialog, new() { Name = "Move to another question?" });
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Question" }).SelectOptionAsync("2");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Move post" }).ClickAsync();

        await Expect(moderator.Post("This one answers the second question").Label()).ToHaveTextAsync("A2");
        await Expect(participant.Post("This one answers the second question").Label()).ToHaveTextAsync("A2");
        await Expect(participant.Locator("#announcer")).ToContainTextAsync("A moderator moved your post to Q2: it's A2 now.");
    }
}
