using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// Issue 7's "done": a moderator runs a chat from the console alone, in French — starts it, asks, approves a held post,
/// asks an audience question, hides a reported post, moves an answer filed under the wrong question, opens a poll and
/// ends it. Every control is found by its French accessible name.
/// </summary>
public sealed class ConsoleInFrenchTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_moderator_runs_a_whole_chat_from_the_console_alone_in_French()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        await moderator.GetByRole(AriaRole.Combobox, new() { Name = "Language" }).SelectOptionAsync(new SelectOptionValue { Label = "Français" });
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Change language" }).ClickAsync();
        await Expect(moderator.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(moderator.Locator("#connection-state")).ToHaveTextAsync("Connecté");

        await moderator.GetByRole(AriaRole.Button, new() { Name = "Démarrer le chat" }).ClickAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Poser la question suivante" }).ClickAsync();
        await Expect(moderator.Post(ChatScene.Q1)).ToBeVisibleAsync();

        // A held post, approved from the queue.
        await app.Api.SetPremoderationAsync(scene, on: true);
        await app.Api.PostAsync(scene, scene.Participant, "A1 En attente d'approbation");
        await moderator.GetByRole(AriaRole.Region, new() { Name = "Messages en attente 1" }).GetByRole(AriaRole.Button, new() { Name = "Approuver" }).ClickAsync();
        await Expect(moderator.Post("En attente d'approbation")).ToBeVisibleAsync();
        await app.Api.SetPremoderationAsync(scene, on: false);

        // An audience question, asked live: it becomes Q4, after the three planned ones.
        await app.Api.SuggestAsync(scene, scene.Participant, "Comment accueillir les nouveaux ?");
        await moderator.GetByRole(AriaRole.Region, new() { Name = "Questions du public" }).GetByRole(AriaRole.Button, new() { Name = "Poser", Exact = true }).ClickAsync();
        await Expect(moderator.Post("Comment accueillir les nouveaux ?").Label()).ToHaveTextAsync("Q4");

        // A report, handled in one click.
        var spam = await app.Api.PostAsync(scene, scene.Guest, "Achetez des abonnés ici");
        await app.Api.ReportAsync(scene.Participant, spam.Id, "Spam");
        await moderator.GetByRole(AriaRole.Region, new() { Name = "Signalements 1" }).GetByRole(AriaRole.Button, new() { Name = "Masquer" }).ClickAsync();
        await Expect(moderator.Post("Achetez des abonnés ici")).ToContainTextAsync("Masqué par un modérateur : Spam");

        // An answer filed under the wrong question, moved.
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Poser la question suivante" }).ClickAsync();
        await app.Api.PostAsync(scene, scene.Participant, "A1 Ceci répond à la question 2");
        await moderator.Post("Ceci répond à la question 2").GetByRole(AriaRole.Button, new() { Name = "Déplacer" }).ClickAsync();
        var move = moderator.GetByRole(AriaRole.Dialog, new() { Name = "Déplacer vers une autre question ?" });
        await move.GetByRole(AriaRole.Combobox, new() { Name = "Question" }).SelectOptionAsync("2");
        await move.GetByRole(AriaRole.Button, new() { Name = "Déplacer le message" }).ClickAsync();
        await Expect(moderator.Post("Ceci répond à la question 2").Label()).ToHaveTextAsync("A2");

        // A poll, then the end.
        await moderator.GetByRole(AriaRole.Textbox, new() { Name = "Question du sondage" }).FillAsync("Mardi ou jeudi ?");
        await moderator.GetByRole(AriaRole.Textbox, new() { Name = "Option 1" }).FillAsync("Mardi");
        await moderator.GetByRole(AriaRole.Textbox, new() { Name = "Option 2" }).FillAsync("Jeudi");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le sondage" }).ClickAsync();
        await Expect(moderator.Locator("#poll-form-status")).ToHaveTextAsync("Sondage ouvert.");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Terminer le chat", Exact = true }).ClickAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Terminer le chat maintenant" }).ClickAsync();
        await Expect(moderator.Locator("#room-status")).ToHaveTextAsync("Terminé");
    }
}
