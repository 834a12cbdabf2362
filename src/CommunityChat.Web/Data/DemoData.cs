using CommunityChat.Core.Posts;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Data;

/// <summary>
/// A demo community with one archived chat and one upcoming chat, so a fresh `dotnet run` has something to read and
/// something to run. Demo people have no password: nobody can sign in as them, and none of them is an admin, so the
/// first person to sign up still becomes the admin.
/// </summary>
public sealed class DemoData(AppDbContext db, TimeProvider clock)
{
    public const string CommunitySlug = "demo";

    public async Task SeedAsync()
    {
        if (await db.Communities.AnyAsync())
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var host = Person("MadalynHost", "Madalyn Host");
        var guest = Person("GenePetrov", "Gene Petrov");
        var ana = Person("ana_writes", "Ana López");
        var tomas = Person("techtomas", "Tomás Ruiz");
        var claire = Person("claire_fr", "Claire Martin");
        var wei = Person("li_wei", "李伟");
        db.Users.AddRange(host, guest, ana, tomas, claire, wei);

        var community = new Community
        {
            Slug = CommunitySlug,
            Name = "Social Media Leaders (demo)",
            Hashtag = "LeadersChat",
            Description = "A weekly one-hour chat about running online communities. Every Thursday, 17:00 UTC.",
            CodeOfConduct = "Be kind. Stay on topic. No spam or self-promotion outside the answers.",
            TimeZone = "Europe/London",
            CreatedAt = now,
        };
        db.Communities.Add(community);
        await db.SaveChangesAsync();

        var start = new DateTime(2019, 6, 6, 17, 0, 0, DateTimeKind.Utc);
        var archived = new Chat
        {
            CommunityId = community.Id,
            Slug = "2019-06-06-the-role-of-leadership-in-social-media-communities",
            Title = "The Role of Leadership in Social Media Communities",
            Topic = "The Role of Leadership in Social Media Communities",
            Format = "4 questions directed at the guest. Everyone's welcome to share.",
            Hashtag = community.Hashtag,
            Status = ChatStatus.Ended,
            ScheduledStart = start,
            DurationMinutes = 60,
            StartedAt = start,
            EndedAt = start.AddMinutes(60),
            HostId = host.Id,
            CreatedAt = start.AddDays(-7),
            Guests = [new ChatGuest { UserId = guest.Id }],
            Questions =
            [
                Asked(1, "What does leadership look like in a social media community?", start.AddMinutes(2)),
                Asked(2, "How do you set the tone for a new community?", start.AddMinutes(10)),
                Asked(3, "What do you do when a discussion turns heated?", start.AddMinutes(20)),
                Asked(4, "How do you grow new leaders from within?", start.AddMinutes(30)),
            ],
        };
        db.Chats.Add(archived);
        await db.SaveChangesAsync();

        var sequence = 0L;
        Post Add(User author, AuthorRole role, PostKind kind, int minute, string text, int? question = null, string? part = null, Post? replyTo = null, int likes = 0, bool highlighted = false)
        {
            var label = kind switch
            {
                PostKind.Question => $"Q{question}",
                PostKind.Answer => $"A{question}{part}",
                _ => null,
            };
            var post = new Post
            {
                ChatId = archived.Id,
                Sequence = ++sequence,
                Kind = kind,
                Label = label,
                QuestionNumber = question ?? replyTo?.QuestionNumber,
                Part = part,
                ReplyToId = replyTo?.Id,
                AuthorId = author.Id,
                AuthorRole = role,
                Text = text,
                Html = PostMarkdown.ToHtml(text),
                CreatedAt = start.AddMinutes(minute),
                Likes = likes,
                Highlighted = highlighted,
            };
            db.Posts.Add(post);
            db.SaveChanges();
            return post;
        }

        Add(host, AuthorRole.Host, PostKind.Comment, 0, "Welcome to #LeadersChat! Today our guest is @GenePetrov. Introduce yourselves 👋");
        Add(ana, AuthorRole.Participant, PostKind.Comment, 1, "Hi all, Ana from Madrid, community manager for a writers' forum.");
        Add(host, AuthorRole.Host, PostKind.Question, 2, archived.Questions[0].Text, 1);
        Add(guest, AuthorRole.Guest, PostKind.Answer, 3, "Leadership is **showing up** every week, even when the room is quiet.", 1, null, likes: 12, highlighted: true);
        Add(guest, AuthorRole.Guest, PostKind.Answer, 4, "It's also knowing when to step back and let members lead the conversation.", 1, "b", likes: 9, highlighted: true);
        var a1Ana = Add(ana, AuthorRole.Participant, PostKind.Answer, 5, "Being the first to welcome newcomers by name. Small things add up.", 1, likes: 4);
        Add(tomas, AuthorRole.Participant, PostKind.Reply, 6, "So true. A personal welcome keeps people coming back.", replyTo: a1Ana, likes: 2);
        Add(claire, AuthorRole.Participant, PostKind.Answer, 7, "Montrer l'exemple : répondre vite, avec bienveillance.", 1, likes: 3);
        Add(wei, AuthorRole.Participant, PostKind.Answer, 8, "领导力就是倾听社区成员的声音。", 1, likes: 5);
        Add(host, AuthorRole.Host, PostKind.Question, 10, archived.Questions[1].Text, 2);
        Add(guest, AuthorRole.Guest, PostKind.Answer, 11, "Write the code of conduct **with** your first members, not for them. See https://example.org/guide", 2, null, likes: 8, highlighted: true);
        Add(tomas, AuthorRole.Participant, PostKind.Answer, 13, "Pin a short welcome post and answer every first post within a day.", 2, likes: 3);
        Add(host, AuthorRole.Host, PostKind.Question, 20, archived.Questions[2].Text, 3);
        var a3Guest = Add(guest, AuthorRole.Guest, PostKind.Answer, 21, "Slow down. Move it to a thread, restate both sides fairly, then decide.", 3, null, likes: 10, highlighted: true);
        Add(ana, AuthorRole.Participant, PostKind.Reply, 22, "Restating both sides is underrated!", replyTo: a3Guest, likes: 1);
        Add(host, AuthorRole.Host, PostKind.Question, 30, archived.Questions[3].Text, 4);
        Add(guest, AuthorRole.Guest, PostKind.Answer, 31, "Give regulars small, visible jobs: hosting a thread, welcoming newcomers.", 4, null, likes: 7);
        Add(claire, AuthorRole.Participant, PostKind.Answer, 33, "Mentoring pairs worked well for us. #community", 4, likes: 2);
        Add(host, AuthorRole.Host, PostKind.Comment, 58, "Thank you @GenePetrov and everyone! See you next week on #LeadersChat.", likes: 6);
        archived.LastSequence = sequence;

        var next = now.Date.AddDays(1).AddHours(17);
        db.Chats.Add(new Chat
        {
            CommunityId = community.Id,
            Slug = $"{next:yyyy-MM-dd}-try-running-a-chat",
            Title = "Try running a chat",
            Topic = "Building a weekly chat habit",
            Format = "3 questions. Everyone's welcome to share.",
            Hashtag = community.Hashtag,
            Status = ChatStatus.Scheduled,
            ScheduledStart = next,
            DurationMinutes = 60,
            HostId = host.Id,
            CreatedAt = now,
            Guests = [new ChatGuest { UserId = guest.Id }],
            Questions =
            [
                new Question { Number = 1, Text = "What brought you to this chat?", OffsetMinutes = 0 },
                new Question { Number = 2, Text = "What makes a chat worth coming back to every week?", OffsetMinutes = 10 },
                new Question { Number = 3, Text = "What one thing will you try next week?", OffsetMinutes = 20 },
            ],
        });
        await db.SaveChangesAsync();
    }

    private User Person(string handle, string displayName) => new()
    {
        UserName = handle,
        NormalizedUserName = handle.ToUpperInvariant(),
        DisplayName = displayName,
        SecurityStamp = Guid.NewGuid().ToString(),
        CreatedAt = clock.GetUtcNow().UtcDateTime,
    };

    private static Question Asked(int number, string text, DateTime at) =>
        new() { Number = number, Text = text, OffsetMinutes = (number - 1) * 10, AskedAt = at };
}
