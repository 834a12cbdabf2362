using System.Net;
using System.Net.Http.Json;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>
/// The people of a weekly chat on a fresh app: an admin (the first account), a named moderator who hosts, a guest and
/// a participant, the community #TwitterSmarter and one planned chat with three secret questions.
/// </summary>
public sealed class Cast
{
    public const string Community = "smarter";
    public const string Q1 = "What makes a leader worth following online";
    public const string Q2 = "Which habit keeps members coming back zebrafinch";
    public const string Q3 = "How do you handle trolls without drama okapi";

    private Cast(TestApp app, Person admin, Person moderator, Person guest, Person participant)
    {
        App = app;
        Admin = admin;
        Moderator = moderator;
        Guest = guest;
        Participant = participant;
    }

    public TestApp App { get; }

    public Person Admin { get; }

    public Person Moderator { get; }

    public Person Guest { get; }

    public Person Participant { get; }

    public ChatView Chat { get; private set; } = null!;

    public int ChatId => Chat.Id;

    public static async Task<Cast> CreateAsync(TestApp app, bool start = false, bool autopilot = false, DateTimeOffset? scheduledStart = null)
    {
        var admin = await app.SignUpAsync("admin");
        var cast = new Cast(app, admin, await app.SignUpAsync("mod"), await app.SignUpAsync("gene", "Gene Petrov"), await app.SignUpAsync("pat", "Pat Doe"));
        await Http.ExpectAsync(await admin.Http.PostAsJsonAsync("api/communities", new
        {
            slug = Community,
            name = "Twitter Smarter",
            hashtag = "TwitterSmarter",
            description = "Weekly chat",
            codeOfConduct = "Be kind",
            timeZone = "UTC",
        }), HttpStatusCode.Created);
        await Http.ExpectAsync(await admin.Http.PutAsync($"api/communities/{Community}/moderators/mod", null), HttpStatusCode.NoContent);
        // The participant has agreed to the code of conduct (rule 26); AgreementTests covers the first time.
        await cast.AgreeAsync(cast.Participant);
        cast.Chat = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Community}/chats", new
        {
            title = "Leadership in social media communities",
            topic = "The Role of Leadership in Social Media Communities",
            format = "3 questions directed at the guest",
            scheduledStart = scheduledStart ?? DateTimeOffset.UtcNow,
            durationMinutes = 60,
            guests = new[] { "gene" },
            questions = new object[]
            {
                new { number = 1, text = Q1, offsetMinutes = 0 },
                new { number = 2, text = Q2, offsetMinutes = 10 },
                new { number = 3, text = Q3, offsetMinutes = 20 },
            },
            autopilot,
        }), HttpStatusCode.Created);
        if (start)
        {
            cast.Chat = await Http.ReadAsync<ChatView>(await cast.Moderator.Http.PostAsync($"api/chats/{cast.ChatId}/start", null), HttpStatusCode.OK);
        }

        return cast;
    }

    /// <summary>Agrees to the community's code of conduct (rule 26), as the room's "I agree" does.</summary>
    public async Task AgreeAsync(Person person) =>
        await Http.ExpectAsync(await person.Http.PostAsync($"api/communities/{Community}/agreement", null), HttpStatusCode.NoContent);

    public async Task<PostView> AskAsync(int number) =>
        await Http.ReadAsync<PostView>(await Moderator.Http.PostAsync($"api/chats/{ChatId}/questions/{number}/ask", null), HttpStatusCode.Created);

    public async Task<PostView> PostAsync(Person author, string text, int? questionNumber = null, long? replyToId = null) =>
        await Http.ReadAsync<PostView>(
            await author.Http.PostAsJsonAsync($"api/chats/{ChatId}/posts", new { text, questionNumber, replyToId }), HttpStatusCode.Created);

    public async Task<List<PostView>> PostsAsync(HttpClient reader, long after = 0) =>
        await Http.ReadAsync<List<PostView>>(await reader.GetAsync($"api/chats/{ChatId}/posts?after={after}&limit=1000"), HttpStatusCode.OK);

    public async Task<List<AuditView>> AuditAsync() =>
        await Http.ReadAsync<List<AuditView>>(await Moderator.Http.GetAsync($"api/communities/{Community}/audit"), HttpStatusCode.OK);
}
