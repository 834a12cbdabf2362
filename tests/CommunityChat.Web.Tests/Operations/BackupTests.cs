using Microsoft.Data.Sqlite;

namespace CommunityChat.Web.Tests.Operations;

/// <summary>
/// Issue 9, operations: the app's `backup` command copies the SQLite database while the app serves and posts keep
/// coming, and `restore` puts a backup back; an app started on the copy reads the same posts.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "communitychat-backup-tests", Guid.NewGuid().ToString("N"));

    public BackupTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_backup_taken_while_people_post_opens_in_a_second_app_with_the_same_posts()
    {
        var live = Path.Combine(_folder, "live.db");
        var backup = Path.Combine(_folder, "copies", "backup.db");
        await using var app = TestApp.Start(Database(live));
        var cast = await Cast.CreateAsync(app, start: true);
        await cast.AskAsync(1);
        var before = new List<PostView>();
        for (var i = 0; i < 5; i++)
        {
            before.Add(await cast.PostAsync(cast.Participant, $"Written before the backup kingfisher {i}"));
        }

        // A participant keeps posting while the backup runs: the copy must be one consistent moment of the chat.
        using var stop = new CancellationTokenSource();
        var during = Task.Run(async () =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested)
            {
                await cast.PostAsync(cast.Participant, $"Written during the backup {written++}");
            }

            return written;
        });
        var (exitCode, output) = await AppCommand.RunAsync(live, "backup", backup);
        await stop.CancelAsync();
        Assert.True(await during > 0, "No post was written while the backup ran.");
        Assert.True(exitCode == 0, output);

        await using var restored = TestApp.Start(Database(backup));
        var reader = restored.Anonymous();
        var copied = await Http.ReadAsync<List<PostView>>(await reader.GetAsync($"api/chats/{cast.ChatId}/posts?after=0&limit=1000"), HttpStatusCode.OK);
        var original = await cast.PostsAsync(app.Anonymous());

        Assert.Superset(before.Select(p => p.Text).ToHashSet(), copied.Select(p => p.Text).ToHashSet());
        // A prefix of the live chat, gapless: whatever the backup caught, it caught whole.
        Assert.Equal(original.Take(copied.Count).Select(p => (p.Sequence, p.Text)), copied.Select(p => (p.Sequence, p.Text)));
        Assert.Equal(Enumerable.Range(1, copied.Count).Select(i => (long?)i), copied.Select(p => p.Sequence));
        var found = await Http.ReadAsync<SearchView>(await reader.GetAsync("api/search?q=kingfisher"), HttpStatusCode.OK);
        Assert.Equal(5, found.Total);
    }

    [Fact]
    public async Task Restore_puts_a_backup_in_place_and_keeps_the_database_it_replaced()
    {
        var live = Path.Combine(_folder, "live.db");
        var backup = Path.Combine(_folder, "backup.db");
        int chatId;
        await using (var app = TestApp.Start(Database(live)))
        {
            var cast = await Cast.CreateAsync(app, start: true);
            chatId = cast.ChatId;
            await cast.AskAsync(1);
            await cast.PostAsync(cast.Participant, "Kept by the backup");
            var (backedUp, output) = await AppCommand.RunAsync(live, "backup", backup);
            Assert.True(backedUp == 0, output);
            await cast.PostAsync(cast.Participant, "Written after the backup");
        }

        SqliteConnection.ClearAllPools();
        var (exitCode, restoreOutput) = await AppCommand.RunAsync(live, "restore", backup);
        Assert.True(exitCode == 0, restoreOutput);

        var replaced = Assert.Single(Directory.GetFiles(_folder, "live.db.before-restore-*"), file => !file.EndsWith("-wal", StringComparison.Ordinal) && !file.EndsWith("-shm", StringComparison.Ordinal));
        Assert.Contains(replaced, restoreOutput, StringComparison.Ordinal);
        await using var restored = TestApp.Start(Database(live));
        var texts = (await Http.ReadAsync<List<PostView>>(await restored.Anonymous().GetAsync($"api/chats/{chatId}/posts?after=0&limit=1000"), HttpStatusCode.OK)).Select(p => p.Text).ToList();
        Assert.Contains("Kept by the backup", texts);
        Assert.DoesNotContain("Written after the backup", texts);
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file_nor_copies_a_database_that_is_not_there()
    {
        var existing = Path.Combine(_folder, "existing.db");
        await File.WriteAllTextAsync(existing, "an earlier backup");

        var (overwrite, overwriteOutput) = await AppCommand.RunAsync(Path.Combine(_folder, "missing.db"), "backup", existing);
        var (missing, missingOutput) = await AppCommand.RunAsync(Path.Combine(_folder, "missing.db"), "backup", Path.Combine(_folder, "new.db"));
        var (usage, _) = await AppCommand.RunAsync(Path.Combine(_folder, "missing.db"), "backup");

        Assert.Equal(1, overwrite);
        Assert.Contains("exists already", overwriteOutput, StringComparison.Ordinal);
        Assert.Equal("an earlier backup", await File.ReadAllTextAsync(existing));
        Assert.Equal(1, missing);
        Assert.Contains("Could not open", missingOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "missing.db")), "The backup created the database it was asked to copy.");
        Assert.False(File.Exists(Path.Combine(_folder, "new.db")));
        Assert.Equal(2, usage);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Dictionary<string, string?> Database(string file) => new() { ["ConnectionStrings:CommunityChat"] = $"Data Source={file}" };

    private sealed record SearchView(int Total);
}
