using System.Diagnostics;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.LoadTests.Search;

/// <summary>
/// Builds a database for the search benchmark: one community, ended chats of 8 questions each, posts in English,
/// French and Chinese (60/25/15 %), a few hidden; written through the app's own model (migrations, SaveChanges,
/// so search text, tags and the engines' indexes are made exactly as the app makes them).
/// </summary>
internal static class SearchDatabase
{
    public const int PostsPerChat = 500;
    public const int Authors = 200;

    public static async Task BuildAsync(string provider, string connectionString, int posts)
    {
        await using var db = GeneratedHistory.Open(provider, connectionString);
        if (!await GeneratedHistory.PrepareAsync(db))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var start = new DateTime(2020, 1, 2, 17, 0, 0, DateTimeKind.Utc);
        var (community, people) = await GeneratedHistory.CommunityAsync(db, "person", Authors, start);

        var words = new Vocabulary(seed: 42, tail: 20_000);
        var random = words.Random;
        var chats = (posts + PostsPerChat - 1) / PostsPerChat;
        var written = 0;
        for (var c = 0; c < chats; c++)
        {
            var at = start.AddDays(7 * c);
            var chat = new Chat
            {
                CommunityId = community.Id,
                Slug = $"chat-{c + 1}",
                Title = $"Bench chat {c + 1}",
                Topic = "Generated",
                Hashtag = "BenchChat",
                Status = ChatStatus.Ended,
                ScheduledStart = at,
                DurationMinutes = 60,
                StartedAt = at,
                EndedAt = at.AddHours(1),
                HostId = people[0].Id,
                CreatedAt = at,
            };
            db.Chats.Add(chat);
            await db.SaveChangesAsync();
            var inChat = Math.Min(PostsPerChat, posts - written);
            for (var i = 0; i < inChat; i++)
            {
                var question = i * 8 / PostsPerChat + 1;
                var language = random.NextDouble();
                var text = language < 0.60 ? words.EnglishPost(random.Next(8, 26))
                    : language < 0.85 ? words.FrenchPost(random.Next(8, 26))
                    : words.ChinesePost(random.Next(6, 16));
                if (random.Next(10) == 0)
                {
                    text += " #BenchChat";
                }

                var first = i % (PostsPerChat / 8) == 0;
                db.Posts.Add(new Post
                {
                    ChatId = chat.Id,
                    Sequence = i + 1,
                    Kind = first ? PostKind.Question : PostKind.Answer,
                    Label = first ? $"Q{question}" : $"A{question}",
                    QuestionNumber = question,
                    AuthorId = first ? people[0].Id : people[random.Next(1, Authors)].Id,
                    AuthorRole = first ? AuthorRole.Host : AuthorRole.Participant,
                    Text = text,
                    Html = "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>",
                    CreatedAt = at.AddSeconds(i * 7),
                    Hidden = random.Next(100) == 0,
                });
            }

            chat.LastSequence = inChat;
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            written += inChat;
            if ((c + 1) % 100 == 0)
            {
                Console.WriteLine($"{written:N0} posts in {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        Console.WriteLine($"built: {written:N0} posts in {chats:N0} chats, {clock.Elapsed.TotalSeconds:0} s");
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO PostSearch(PostSearch) VALUES ('optimize')");
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        }
        else
        {
            // What autovacuum does on a live server: folds GIN's pending list of new entries into the index.
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"Posts\"");
        }
    }
}
