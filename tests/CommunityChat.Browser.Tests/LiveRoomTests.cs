using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

public sealed class LiveRoomTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_refused_post_shows_the_reason_and_keeps_the_text()
    {
        var scene = await LiveSceneAsync();
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await participant.ExpectLiveAsync();
        await Expect(participant.QuestionPicker()).ToHaveValueAsync("1");

        await participant.SendAnswerAsync("A2 hello");
        await Expect(participant.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Q2 hasn't been asked yet.");
        await Expect(participant.AnswerBox()).ToHaveValueAsync("A2 hello");
        await Expect(participant.Post("hello")).ToHaveCountAsync(0);

        var tooLong = new string('x', 281);
        await participant.AnswerBox().FillAsync(tooLong);
        await Expect(participant.Locator("#composer-count")).ToHaveTextAsync("1 character over the limit");
        await participant.SendButton().ClickAsync();
        await Expect(participant.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Your text is 281 characters; the limit is 280. Shorten it by 1.");
        await Expect(participant.AnswerBox()).ToHaveValueAsync(tooLong);
        await Expect(participant.Posts()).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Reader_can_sign_up_in_one_step_from_the_room()
    {
        var scene = await LiveSceneAsync();
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await reader.ExpectLiveAsync();
        await Expect(reader.AnswerBox()).ToHaveCountAsync(0);

        var join = reader.GetByRole(AriaRole.Region, new() { Name = "Join the conversation" });
        await join.GetByLabel("Handle").FillAsync("newcomer");
        await join.GetByLabel("Display name").FillAsync("Nia Newcomer");
        await join.GetByLabel("Password").FillAsync("a long enough password");
        await join.GetByRole(AriaRole.Button, new() { Name = "Create account and join" }).ClickAsync();

        await Expect(reader).ToHaveURLAsync(new Uri(app.BaseAddress, scene.RoomPath).ToString());
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "@newcomer" })).ToBeVisibleAsync();
        await reader.ExpectLiveAsync();
        // A newcomer agrees to the community's code of conduct before their first post (rule 26).
        await reader.GetByRole(AriaRole.Button, new() { Name = "I agree" }).ClickAsync();
        await Expect(reader.AnswerBox()).ToBeVisibleAsync();
        await Expect(reader.SendButton()).ToBeEnabledAsync();
        await reader.SendAnswerAsync("Glad to be here.");
        await Expect(reader.Post("Glad to be here.").Label()).ToHaveTextAsync("A1");
    }

    [Fact]
    public async Task Paused_feed_collects_new_posts_behind_a_button()
    {
        var scene = await LiveSceneAsync();
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await reader.ExpectLiveAsync();
        await Expect(reader.Posts()).ToHaveCountAsync(1);

        await reader.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        var resume = reader.GetByRole(AriaRole.Button, new() { Name = "Resume", Exact = true });
        await Expect(resume).ToBeVisibleAsync(); // the button says what it will do (SPEC rule 31)
        string[] texts = ["First while paused", "Second while paused", "Third while paused"];
        foreach (var text in texts)
        {
            await app.Api.PostAsync(scene, scene.Participant, text, questionNumber: 1);
        }

        var newPosts = reader.GetByRole(AriaRole.Button, new() { Name = "3 new posts" });
        await Expect(newPosts).ToBeVisibleAsync();
        await Expect(reader.Posts()).ToHaveCountAsync(1);

        await newPosts.ClickAsync();
        await Expect(reader.Posts()).ToHaveCountAsync(4);
        foreach (var text in texts)
        {
            await Expect(reader.Post(text)).ToBeVisibleAsync();
        }

        await Expect(reader.Locator("#new-posts")).ToBeHiddenAsync();
        await resume.ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>
    /// Chromium's offline emulation leaves open WebSockets alone, so the test closes the page's hub socket itself
    /// (found through a WebSocket wrapper added before the page's scripts run) and blocks the hub's negotiate
    /// requests until the others have posted: the room can't reconnect early, so those posts can only arrive through
    /// the catch-up on reconnect.
    /// </summary>
    [Fact]
    public async Task Posts_sent_while_a_reader_is_disconnected_arrive_once_after_reconnecting()
    {
        var scene = await LiveSceneAsync();
        var context = await app.NewContextAsync();
        await context.AddInitScriptAsync("""
            (() => {
              const Native = window.WebSocket;
              window.__sockets = [];
              window.WebSocket = class extends Native {
                constructor(...args) { super(...args); window.__sockets.push(this); }
              };
            })();
            """);
        var reader = await context.NewPageAsync();
        await reader.GotoAsync(scene.RoomPath);
        await reader.ExpectLiveAsync();
        var before = await app.Api.PostAsync(scene, scene.Participant, "Before the drop", questionNumber: 1);
        await Expect(reader.Post("Before the drop")).ToHaveCountAsync(1);

        await reader.RouteAsync("**/hubs/chat/negotiate**", route => route.AbortAsync());
        await reader.EvaluateAsync("() => window.__sockets.forEach((socket) => socket.close(4000, 'test drops the connection'))");
        await Expect(reader.ConnectionState()).Not.ToHaveTextAsync("Connected");

        string[] texts = ["Outage one", "Outage two", "Outage three"];
        foreach (var text in texts)
        {
            await app.Api.PostAsync(scene, scene.Guest, text, questionNumber: 1);
        }

        await app.Api.LikeAsync(scene.Guest, before.Id);
        await app.Api.HighlightAsync(scene, before.Id);

        await Expect(reader.Post(texts[0])).ToHaveCountAsync(0);
        await reader.UnrouteAsync("**/hubs/chat/negotiate**");
        await Expect(reader.ConnectionState()).ToHaveTextAsync("Connected", new() { Timeout = 20_000 });

        foreach (var text in texts)
        {
            await Expect(reader.Post(text)).ToHaveCountAsync(1);
        }

        await Expect(reader.Post("Before the drop")).ToHaveCountAsync(1);
        await Expect(reader.Post("Before the drop").Locator(".like-count")).ToHaveTextAsync("1 like");
        await Expect(reader.Post("Before the drop")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("post--highlighted"));
        await Expect(reader.Posts()).ToHaveCountAsync(5);
        var sequences = await reader.Posts().EvaluateAllAsync<long[]>("items => items.map((item) => Number(item.dataset.sequence))");
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Length, sequences.Distinct().Count());

        // Live events flow again after the catch-up.
        await app.Api.PostAsync(scene, scene.Participant, "After the reconnect", questionNumber: 1);
        await Expect(reader.Post("After the reconnect")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_moderator_bans_a_participant_from_the_console_removing_their_posts_and_their_next_post_is_refused()
    {
        var scene = await LiveSceneAsync();
        await app.Api.PostAsync(scene, scene.Participant, "Buy cheap followers", questionNumber: 1);
        var moderator = await app.SignInAsync(scene.Moderator, scene.ConsolePath);
        await moderator.ExpectLiveAsync();
        var participant = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await participant.ExpectLiveAsync();

        await moderator.Post("Buy cheap followers").GetByRole(AriaRole.Button, new() { Name = $"Ban @{scene.Participant.Handle}" }).ClickAsync();
        var dialog = moderator.GetByRole(AriaRole.Dialog, new() { Name = "Ban from this community?" });
        await dialog.GetByLabel("For how long").SelectOptionAsync(new SelectOptionValue { Label = "1 day" });
        await dialog.GetByLabel("Reason (for the audit log)").FillAsync("spam");
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Remove their posts" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ban", Exact = true }).ClickAsync();
        await Expect(moderator.Locator("#room-notice")).ToHaveTextAsync($"@{scene.Participant.Handle} can't post for 1,440 minutes.");
        await Expect(moderator.Post("Buy cheap followers")).ToContainTextAsync("Hidden");
        // Their posts show the ban instead of offering another one, now and after a reload (rule 29).
        var banButtons = moderator.GetByRole(AriaRole.Button, new() { Name = $"Ban @{scene.Participant.Handle}" });
        await Expect(banButtons).ToHaveCountAsync(0);
        await Expect(moderator.Post("Buy cheap followers").Locator(".badge--banned")).ToHaveTextAsync("Banned");
        await moderator.ReloadAsync();
        await moderator.ExpectLiveAsync();
        await Expect(moderator.Post("Buy cheap followers").Locator(".badge--banned")).ToHaveTextAsync("Banned");
        await Expect(banButtons).ToHaveCountAsync(0);
        // Its author keeps it, marked with the reason (rules 28, 29).
        await Expect(participant.Post("Buy cheap followers")).ToContainTextAsync("Hidden by a moderator: banned");

        await participant.SendAnswerAsync("A1 one more try");
        await Expect(participant.GetByRole(AriaRole.Alert)).ToContainTextAsync("You're banned from this community until");
        await Expect(participant.AnswerBox()).ToHaveValueAsync("A1 one more try");
    }

    /// <summary>A live chat with Q1 asked.</summary>
    [Fact]
    public async Task New_posts_the_filter_hides_do_not_count_behind_the_paused_feeds_button()
    {
        var scene = await LiveSceneAsync();
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await reader.ExpectLiveAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();

        await app.Api.PostAsync(scene, scene.Participant, "Not for this filter", questionNumber: 1);
        await app.Api.PostAsync(scene, scene.Guest, "The guest speaks", questionNumber: 1);
        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "2 new posts" })).ToBeVisibleAsync();
        await reader.GetByRole(AriaRole.Radio, new() { Name = "Questions and guest" }).CheckAsync();

        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "1 new post" })).ToBeVisibleAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "1 new post" }).ClickAsync();
        await Expect(reader.Post("The guest speaks")).ToBeVisibleAsync();
        await Expect(reader.Post("Not for this filter")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_reader_sees_like_counts_and_a_way_to_sign_in_to_like()
    {
        var scene = await LiveSceneAsync();
        var answer = await app.Api.PostAsync(scene, scene.Guest, "Leaders make room for others.", questionNumber: 1);
        await app.Api.LikeAsync(scene.Participant, answer.Id);
        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await reader.ExpectLiveAsync();

        var post = reader.Post("Leaders make room for others.");
        await Expect(post).ToContainTextAsync("1 like");
        await Expect(post.GetByRole(AriaRole.Button, new() { Name = "Like" })).ToHaveCountAsync(0);
        await post.GetByRole(AriaRole.Link, new() { Name = "Sign in to like" }).ClickAsync();

        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Contains(Uri.EscapeDataString(scene.RoomPath + "#post-" + answer.Id), reader.Url, StringComparison.Ordinal);
    }

    private async Task<ChatScene> LiveSceneAsync()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        return scene;
    }
}
