using CommunityChat.Web.Data;
using CommunityChat.Web.Features.Live;
using CommunityChat.Web.Tests.Chats;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityChat.Web.Tests.Live;

/// <summary>
/// Issue 8: readers who are not signed in and join together share reads of the room (SharedRoomReads), and each still
/// ends with every post (rule 7): a shared read starts only after every Join it answers entered the room's group.
/// </summary>
public sealed class CrowdJoinTests
{
    private const int Readers = 40;
    private const int Posts = 150;

    [Fact]
    public async Task A_crowd_joining_while_posts_arrive_shares_reads_and_every_reader_ends_with_every_post()
    {
        await using var app = TestApp.Start();
        var cast = await Cast.CreateAsync(app, start: true);
        await cast.AskAsync(1);
        var readers = await Task.WhenAll(Enumerable.Range(0, Readers).Select(_ => app.ConnectAsync()));
        var shared = app.Services.GetRequiredService<SharedRoomReads>();
        var readsBefore = shared.Reads;

        // The crowd joins in waves while four participants post as fast as they can: Joins land between posts.
        var posters = new List<RoomClient>();
        for (var i = 0; i < 4; i++)
        {
            var person = await app.SignUpAsync($"poster{i}");
            await cast.AgreeAsync(person);
            posters.Add(await app.ConnectAsync(person));
        }

        var sent = 0;
        var posting = posters.Select((poster, p) => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref sent) <= Posts)
            {
                await poster.SendAsync(cast.ChatId, $"Post {sent} by poster {p} while the crowd joins");
            }
        })).ToList();
        var joins = new List<Task<JoinView>>();
        foreach (var wave in readers.Chunk(4))
        {
            joins.AddRange(wave.Select(reader => reader.JoinAsync(cast.ChatId)));
            await Task.WhenAny(joins[^1], Task.Delay(TimeSpan.FromMilliseconds(5))); // the next wave a moment later
        }

        var joined = await Task.WhenAll(joins);
        await Task.WhenAll(posting);
        var total = Posts + 1; // Q1's post, then the participant's
        for (var i = 0; i < Readers; i++)
        {
            if (!joined[i].Posts.Any(p => p.Sequence == total))
            {
                await readers[i].WaitForPostAsync("PostAdded", p => p.Sequence == total); // events arrive in order
            }

            var seen = joined[i].Posts.Select(p => p.Sequence)
                .Concat(readers[i].Events.Where(e => e.Name == "PostAdded").Select(e => e.Post.Sequence))
                .ToHashSet();
            Assert.True(seen.SetEquals(Enumerable.Range(1, total).Select(n => (long?)n)),
                $"Reader {i} is missing {string.Join(", ", Enumerable.Range(1, total).Where(n => !seen.Contains(n)))} (joined with {joined[i].Posts.Count} posts).");
        }

        Assert.InRange(shared.Reads - readsBefore, 1, Readers - 1);
        foreach (var reader in readers.Concat(posters))
        {
            await reader.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_read_that_started_before_a_reader_joined_is_not_shared_with_it()
    {
        var gate = new ReadGate();
        await using var app = TestApp.Start(services: services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(gate)));
        var cast = await Cast.CreateAsync(app, start: true);
        await cast.AskAsync(1);
        await using var first = await app.ConnectAsync();
        await using var late = await app.ConnectAsync();
        var shared = app.Services.GetRequiredService<SharedRoomReads>();

        // The first reader's read has read the posts and is held; a post is committed and broadcast meanwhile, before
        // the late reader enters the room. A read that started before the late reader joined must not answer it.
        gate.Arm();
        var firstJoin = first.JoinAsync(cast.ChatId);
        await gate.Held.WaitAsync(RoomClient.Timeout);
        var meanwhile = await cast.PostAsync(cast.Participant, "Posted while the first read was under way");
        var asked = shared.Joins;
        var lateJoin = late.JoinAsync(cast.ChatId);
        await WaitUntilAsync(() => shared.Joins > asked); // the late reader is in the group and asked for a read
        gate.Open();

        var joinedLate = await lateJoin.WaitAsync(RoomClient.Timeout);
        Assert.Contains(joinedLate.Posts, p => p.Id == meanwhile.Id);
        var joinedFirst = await firstJoin.WaitAsync(RoomClient.Timeout);
        Assert.DoesNotContain(joinedFirst.Posts, p => p.Id == meanwhile.Id); // the held read did start before the post
        await first.WaitForPostAsync("PostAdded", p => p.Id == meanwhile.Id); // and the first reader got it live
    }

    [Fact]
    public async Task Readers_refused_by_a_shared_read_hear_it_in_their_own_language()
    {
        var gate = new ReadGate("Chats");
        await using var app = TestApp.Start(services: services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(gate)));
        var cast = await Cast.CreateAsync(app);
        var draft = await cast.CreateDraftAsync("Not open yet");
        await using var english = await app.ConnectAsync(language: "en");
        await using var french = await app.ConnectAsync(language: "fr");
        var shared = app.Services.GetRequiredService<SharedRoomReads>();

        // The English reader's read of the draft is held; the French reader's Join waits for the next read, which the
        // English reader's started: the refusal it brings must still reach each reader in their language.
        gate.Arm();
        var englishJoin = english.RefusalAsync("Join", draft.Id, 0L);
        await gate.Held.WaitAsync(RoomClient.Timeout);
        var asked = shared.Joins;
        var frenchJoin = french.RefusalAsync("Join", draft.Id, 0L);
        await WaitUntilAsync(() => shared.Joins > asked);
        gate.Open();

        Assert.Equal("There is no such chat.", await englishJoin.WaitAsync(RoomClient.Timeout));
        Assert.Equal("Ce chat n'existe pas.", await frenchJoin.WaitAsync(RoomClient.Timeout));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(RoomClient.Timeout);
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
        }
    }
}
