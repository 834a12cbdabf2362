using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// A late joiner in a big room (issue 8, "Big pages"): the room opens on its newest posts with the composer in view,
/// the DOM holds a few hundred posts at most, earlier ones come back on demand, and a permalink to an old post lands
/// on it with a window of posts around it, the newest a button away.
/// </summary>
public sealed class BigRoomTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const int Backlog = 1500;

    /// <summary>feed.js's FEED_CAP.</summary>
    private const int Cap = 300;

    /// <summary>The most posts in the DOM while reading older ones: the cap and a page of earlier posts.</summary>
    private const int Window = Cap + 100;

    [Fact]
    public async Task A_late_joiner_sees_the_newest_posts_loads_earlier_ones_on_demand_and_gets_new_ones_live()
    {
        var (scene, posts) = await BigSceneAsync();
        var page = await app.SignInAsync(scene.Participant, scene.RoomPath);
        await page.ExpectLiveAsync();

        await Expect(page.Locator($"#post-{posts[^1].Id}")).ToBeInViewportAsync();
        await Expect(page.AnswerBox()).ToBeInViewportAsync();
        Assert.InRange(await page.Posts().CountAsync(), 1, Cap);
        await Expect(page.Post(Text(Backlog - 150))).ToHaveCountAsync(0);

        // At the feed's top the reader brings back the page before, and stays where they were.
        var feed = page.Locator("#feed");
        var earlier = page.GetByRole(AriaRole.Button, new() { Name = "Show earlier posts" });
        await Expect(earlier).ToBeHiddenAsync();
        var oldest = await page.Posts().First.GetAttributeAsync("id");
        await feed.EvaluateAsync("f => { f.scrollTop = 0; }");
        await earlier.ClickAsync();
        await Expect(page.Post(Text(Backlog - 150))).ToHaveCountAsync(1);
        await Expect(page.Locator($"#{oldest}")).ToBeInViewportAsync();
        Assert.InRange(await page.Posts().CountAsync(), 101, Cap);

        // Reading further back, the DOM holds a window: past it, the newest posts leave the DOM and wait in memory, and
        // the way back to them is a button. New posts wait behind it too; back at the newest, the DOM is under the cap.
        for (var i = 0; i < 3; i++)
        {
            await feed.EvaluateAsync("f => { f.scrollTop = 0; }");
            var count = await page.Posts().CountAsync();
            await earlier.ClickAsync();
            await Expect(page.Posts()).ToHaveCountAsync(Math.Min(count + 100, Window));
        }

        await Expect(page.Locator($"#post-{posts[^1].Id}")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Jump to the newest posts" })).ToBeVisibleAsync();
        await app.Api.PostAsync(scene, scene.Guest, "Live after the backlog quokka");
        var newPosts = page.GetByRole(AriaRole.Button, new() { Name = "1 new post" });
        await newPosts.ClickAsync();
        await Expect(page.Post("quokka")).ToBeInViewportAsync();
        Assert.InRange(await page.Posts().CountAsync(), 1, Cap);

        await app.Api.PostAsync(scene, scene.Guest, "Live while following wombat");
        await Expect(page.Post("wombat")).ToBeInViewportAsync();
        Assert.InRange(await page.Posts().CountAsync(), 1, Cap);
        await Expect(page.Posts().Last).ToContainTextAsync("wombat");
    }

    [Fact]
    public async Task A_permalink_to_an_old_post_loads_back_to_it()
    {
        var (scene, posts) = await BigSceneAsync();
        var old = posts[40];
        var page = await app.OpenAnonymouslyAsync($"{scene.RoomPath}#post-{old.Id}");
        await page.ExpectLiveAsync();

        // The 1,400 posts since are loaded, but only a window around the post is put in the DOM.
        await Expect(page.Locator($"#post-{old.Id} article")).ToBeFocusedAsync(new() { Timeout = 15_000 });
        await Expect(page.Locator($"#post-{old.Id}")).ToBeInViewportAsync();
        Assert.InRange(await page.Posts().CountAsync(), 1, Cap);
        await Expect(page.Locator($"#post-{posts[^1].Id}")).ToHaveCountAsync(0);

        // Scrolling down the window brings the next posts back below, and the oldest go from the top.
        var feed = page.Locator("#feed");
        await Expect(page.Locator($"#post-{posts[300].Id}")).ToHaveCountAsync(0);
        await feed.EvaluateAsync("f => { f.scrollTop = f.scrollHeight; }");
        await Expect(page.Locator($"#post-{posts[300].Id}")).ToHaveCountAsync(1);
        await feed.EvaluateAsync("f => { f.scrollTop = f.scrollHeight; }");
        await Expect(page.Locator($"#post-{posts[400].Id}")).ToHaveCountAsync(1);
        Assert.InRange(await page.Posts().CountAsync(), 1, Window);
        await Expect(page.Locator($"#post-{posts[0].Id}")).ToHaveCountAsync(0);

        // A permalink to a post after the window (loaded, not shown) moves the window to it.
        await page.EvaluateAsync($"location.hash = '#post-{posts[900].Id}'");
        await Expect(page.Locator($"#post-{posts[900].Id} article")).ToBeFocusedAsync();
        await Expect(page.Locator($"#post-{posts[400].Id}")).ToHaveCountAsync(0);
        Assert.InRange(await page.Posts().CountAsync(), 1, Cap);

        // The newest are one click away, and the feed follows them again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Jump to the newest posts" }).ClickAsync();
        await Expect(page.Locator($"#post-{posts[^1].Id}")).ToBeInViewportAsync();
        Assert.InRange(await page.Posts().CountAsync(), 1, Cap);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Jump to the newest posts" })).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_transcript_shows_the_first_answers_loads_a_question_whole_and_permalinks_land()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        await app.Api.PostAsync(scene, scene.Guest, "Guest answer aardvark", questionNumber: 1);
        // Ten people answer three times each (A1, A1b, A1c): an author has 26 letters per question.
        var people = new List<Person>();
        for (var i = 0; i < 10; i++)
        {
            var person = await app.Api.CreatePersonAsync("answerer", $"Answerer {i}");
            await app.Api.AgreeAsync(scene, person);
            people.Add(person);
        }

        var answers = new List<Web.Base.Posts.PostDto>();
        for (var i = 1; i <= 30; i++)
        {
            answers.Add(await app.Api.PostAsync(scene, people[i % people.Count], $"Answer number {i:00} here", questionNumber: 1));
        }

        await app.Api.EndAsync(scene);

        var reader = await app.OpenAnonymouslyAsync(scene.RoomPath);
        await Expect(reader.GetByText("Guest answer aardvark")).ToBeVisibleAsync();
        await Expect(reader.GetByText("Answer number 20 here")).ToBeVisibleAsync();
        await Expect(reader.GetByText("Answer number 21 here")).ToHaveCountAsync(0);
        await reader.GetByRole(AriaRole.Link, new() { Name = "Show all 30 answers" }).ClickAsync();
        await Expect(reader.GetByText("Answer number 30 here")).ToBeVisibleAsync();
        await Expect(reader.Locator($"#post-{answers[20].Id} > article")).ToBeFocusedAsync();
        Assert.DoesNotContain("q=1", reader.Url, StringComparison.Ordinal);

        var linked = await app.OpenAnonymouslyAsync($"{scene.RoomPath}#post-{answers[27].Id}");
        await Expect(linked.Locator($"#post-{answers[27].Id}")).ToBeInViewportAsync();
        await Expect(linked.Locator($"#post-{answers[27].Id} > article")).ToBeFocusedAsync();
    }

    /// <summary>The big chat of this class's app, made once: both tests only read what the other adds at its end.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AppFixture, Task<(ChatScene, List<Web.Base.Posts.PostDto>)>> Scenes = [];

    private Task<(ChatScene Scene, List<Web.Base.Posts.PostDto> Posts)> BigSceneAsync() => Scenes.GetValue(app, _ => CreateBigSceneAsync());

    /// <summary>A live chat with Q1 asked and <see cref="Backlog"/> posts, written through the API four at a time.</summary>
    private async Task<(ChatScene Scene, List<Web.Base.Posts.PostDto> Posts)> CreateBigSceneAsync()
    {
        var scene = await app.Api.CreateSceneAsync(app.Admin);
        await app.Api.StartAsync(scene);
        await app.Api.AskAsync(scene, 1);
        // The guest and the host are never held back by the flood limits (rule 29).
        Person[] authors = [scene.Guest, scene.Moderator];
        var posts = new List<Web.Base.Posts.PostDto>();
        for (var first = 1; first <= Backlog; first += 4)
        {
            var batch = Enumerable.Range(first, Math.Min(4, Backlog - first + 1))
                .Select(i => app.Api.PostAsync(scene, authors[i % authors.Length], Text(i)));
            posts.AddRange(await Task.WhenAll(batch));
        }

        posts.Sort((a, b) => a.Sequence!.Value.CompareTo(b.Sequence!.Value));
        return (scene, posts);
    }

    private static string Text(int i) => $"Backlog post {i:0000} end";
}
