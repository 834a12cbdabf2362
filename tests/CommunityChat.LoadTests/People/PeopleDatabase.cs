using System.Diagnostics;
using CommunityChat.Core.Posts;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.LoadTests.People;

/// <summary>
/// Builds a database for the people benchmark (SPEC rule 32): one community, <c>chats</c> ended weekly chats and
/// <c>people</c> accounts. Each chat has <see cref="PerChat"/> participants: a fifth drawn from a core of
/// <see cref="Core"/> faithful people (each comes to about one chat in five), the rest from everyone else, so most
/// people come two or three times and a few hundred are regulars. Each participant posts one to seven answers; one
/// post in fifty is hidden; the host asks eight questions. Written through the app's own model, with its indexes.
/// </summary>
internal static class PeopleDatabase
{
    public const int PerChat = 300;
    public const int Core = 500;

    public static async Task BuildAsync(string connectionString, int chats, int people)
    {
        await using var db = GeneratedHistory.Open("sqlite", connectionString);
        if (!await GeneratedHistory.PrepareAsync(db))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var start = new DateTime(2022, 1, 6, 17, 0, 0, DateTimeKind.Utc);
        var (community, users) = await GeneratedHistory.CommunityAsync(db, "p", people, start);
        var ids = users.Select(u => u.Id).ToArray();
        db.Bans.AddRange(ids.Take(10).Select(id => new Ban { CommunityId = community.Id, UserId = id, Reason = "bench", ByUserId = ids[0], CreatedAt = start }));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var random = new Random(13);
        var posts = 0;
        for (var c = 0; c < chats; c++)
        {
            var at = start.AddDays(7 * c);
            var chat = new Chat
            {
                CommunityId = community.Id,
                Slug = $"chat-{c + 1}",
                Title = $"Bench chat {c + 1}",
                Hashtag = "BenchChat",
                Status = ChatStatus.Ended,
                ScheduledStart = at,
                DurationMinutes = 60,
                StartedAt = at,
                EndedAt = at.AddHours(1),
                HostId = ids[0],
                CreatedAt = at,
            };
            db.Chats.Add(chat);
            await db.SaveChangesAsync();
            var here = new HashSet<int>();
            while (here.Count < PerChat / 5)
            {
                here.Add(ids[random.Next(1, Core)]);
            }

            while (here.Count < PerChat)
            {
                here.Add(ids[random.Next(Core, ids.Length)]);
            }

            long sequence = 0;
            for (var q = 1; q <= 8; q++)
            {
                db.Posts.Add(Post(chat.Id, ++sequence, ids[0], PostKind.Question, q, $"Question {q}?", at.AddMinutes(q * 6), hidden: false));
            }

            foreach (var person in here)
            {
                for (var i = random.Next(1, 8); i > 0; i--)
                {
                    var q = random.Next(1, 9);
                    db.Posts.Add(Post(chat.Id, ++sequence, person, PostKind.Answer, q, $"An answer to question {q} from {person}", at.AddMinutes(q * 6).AddSeconds(random.Next(300)), random.Next(50) == 0));
                }
            }

            chat.LastSequence = sequence;
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            posts += (int)sequence;
            if ((c + 1) % 50 == 0)
            {
                Console.WriteLine($"{c + 1} chats, {posts:N0} posts in {clock.Elapsed.TotalSeconds:0} s");
            }
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine($"built: {chats} chats, {people:N0} people, {posts:N0} posts in {clock.Elapsed.TotalSeconds:0} s");
    }

    private static Post Post(int chatId, long sequence, int authorId, PostKind kind, int question, string text, DateTime at, bool hidden) => new()
    {
        ChatId = chatId,
        Sequence = sequence,
        Kind = kind,
        Label = kind == PostKind.Question ? $"Q{question}" : $"A{question}",
        QuestionNumber = question,
        AuthorId = authorId,
        AuthorRole = kind == PostKind.Question ? AuthorRole.Host : AuthorRole.Participant,
        Text = text,
        Html = $"<p>{text}</p>",
        CreatedAt = at,
        Hidden = hidden,
    };
}
