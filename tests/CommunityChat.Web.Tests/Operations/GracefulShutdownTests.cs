using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CommunityChat.Web.Tests.Operations;

/// <summary>
/// Issue 9, operations: the app stopped with SIGTERM (as systemd, Docker or Kubernetes stop it) in the middle of a
/// burst of posts exits cleanly, and every post it acknowledged is in the database afterwards, numbered without a gap:
/// posts accepted into the writer's lanes are committed before the process ends (PostWriterShutdown).
/// </summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private const int Posters = 8;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "communitychat-shutdown-tests", Guid.NewGuid().ToString("N"));

    public GracefulShutdownTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task SIGTERM_during_a_burst_loses_no_acknowledged_post()
    {
        var database = Path.Combine(_folder, "live.db");
        int chatId;
        var people = new List<Person>();
        await using (var setup = TestApp.Start(new Dictionary<string, string?> { ["ConnectionStrings:CommunityChat"] = $"Data Source={database}" }))
        {
            var cast = await Cast.CreateAsync(setup, start: true);
            chatId = cast.ChatId;
            for (var i = 0; i < Posters; i++)
            {
                var person = await setup.SignUpAsync($"burst{i}");
                await cast.AgreeAsync(person);
                people.Add(person);
            }
        }

        SqliteConnection.ClearAllPools();
        await using var app = await AppProcess.StartAsync(database, new Dictionary<string, string>
        {
            ["CommunityChat:Posting:Burst"] = "100000",
            ["CommunityChat:Posting:PerSecond"] = "100000",
            ["CommunityChat:RateLimits:HubCallsPerSecond"] = "100000",
            ["CommunityChat:RateLimits:HubCallsPerSecondPerAddress"] = "100000",
        });
        var posters = await Task.WhenAll(people.Select(person => RoomClient.ConnectAsync(app.BaseAddress, person.Token)));
        var acknowledged = new ConcurrentBag<PostView>();
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cut = 0;
        var bursts = posters.Select((poster, i) => Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                try
                {
                    acknowledged.Add(await poster.SendAsync(chatId, $"Burst {i}-{n}"));
                }
                catch (Exception)
                {
                    // The server went away under this call: sent, but not acknowledged. Whether it was written is
                    // for the database to say; the test only holds the server to what it acknowledged.
                    Interlocked.Increment(ref cut);
                    return;
                }

                if (acknowledged.Count >= 200)
                {
                    enough.TrySetResult();
                }
            }
        })).ToList();

        await enough.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var exitCode = await app.TerminateAsync(TimeSpan.FromSeconds(30));
        await Task.WhenAll(bursts).WaitAsync(TimeSpan.FromSeconds(30));
        foreach (var poster in posters)
        {
            await poster.DisposeAsync();
        }

        Assert.True(exitCode == 0, $"The app exited with {exitCode} after SIGTERM:\n{app.Output}");
        Assert.Equal(Posters, cut); // every poster was still posting when the app stopped: the burst was cut, not over
        var stored = await StoredAsync(database, chatId);
        var bySequence = stored.Posts.ToDictionary(p => p.Sequence);
        foreach (var post in acknowledged)
        {
            Assert.True(bySequence.TryGetValue(post.Sequence!.Value, out var found) && found.Id == post.Id && found.Text == post.Text,
                $"Acknowledged post {post.Id} (#{post.Sequence}, \"{post.Text}\") is not in the database as acknowledged.");
        }

        Assert.Equal(Enumerable.Range(1, stored.Posts.Count).Select(i => (long)i), stored.Posts.Select(p => p.Sequence));
        Assert.Equal(stored.Posts.Count, stored.LastSequence);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(List<(long Sequence, long Id, string Text)> Posts, long LastSequence)> StoredAsync(string database, int chatId)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """SELECT "Sequence", "Id", "Text" FROM "Posts" WHERE "ChatId" = $chat AND "Sequence" IS NOT NULL ORDER BY "Sequence" """;
        command.Parameters.AddWithValue("$chat", chatId);
        var posts = new List<(long, long, string)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                posts.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }

        command.CommandText = """SELECT "LastSequence" FROM "Chats" WHERE "Id" = $chat""";
        return (posts, (long)(await command.ExecuteScalarAsync())!);
    }
}
