namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// The community the matrix runs in: an admin (the first account), its moderator, a guest of its chats, a participant,
/// a banned participant, the moderator of another community, and two bystanders (one writes posts others act on, one
/// is named, banned and lifted).
/// </summary>
public sealed class MatrixWorld
{
    public const string Community = "smarter";
    public const string Other = "other";

    private int _counter;

    private MatrixWorld(TestApp app, IReadOnlyDictionary<Role, Person> people, Person bystander)
    {
        App = app;
        People = people;
        Bystander = bystander;
    }

    public TestApp App { get; }

    public IReadOnlyDictionary<Role, Person> People { get; }

    /// <summary>A participant whose posts, suggestions and claims the others act on.</summary>
    public Person Bystander { get; }

    public Person Moderator => People[Role.Moderator];

    public int Next() => Interlocked.Increment(ref _counter);

    public static async Task<MatrixWorld> CreateAsync(TestApp app)
    {
        var admin = await app.SignUpAsync("admin");
        var people = new Dictionary<Role, Person>
        {
            [Role.Admin] = admin,
            [Role.Moderator] = await app.SignUpAsync("mod"),
            [Role.Guest] = await app.SignUpAsync("gene"),
            [Role.Participant] = await app.SignUpAsync("pat"),
            [Role.BannedParticipant] = await app.SignUpAsync("bob"),
            [Role.ModeratorOfAnotherCommunity] = await app.SignUpAsync("otto"),
        };
        var world = new MatrixWorld(app, people, await app.SignUpAsync("sam"));
        await app.SignUpAsync("tim");
        foreach (var slug in new[] { Community, Other })
        {
            await Http.ExpectAsync(await admin.Http.PostAsJsonAsync("api/communities", new
            {
                slug,
                name = "Community " + slug,
                hashtag = "Tag" + slug,
                description = "",
                codeOfConduct = "Be kind",
                timeZone = "UTC",
            }), HttpStatusCode.Created);
        }

        await Http.ExpectAsync(await admin.Http.PutAsync($"api/communities/{Community}/moderators/mod", null), HttpStatusCode.NoContent);
        await Http.ExpectAsync(await admin.Http.PutAsync($"api/communities/{Other}/moderators/otto", null), HttpStatusCode.NoContent);
        foreach (var person in new[] { people[Role.Participant], people[Role.BannedParticipant], people[Role.ModeratorOfAnotherCommunity], world.Bystander })
        {
            await Http.ExpectAsync(await person.Http.PostAsync($"api/communities/{Community}/agreement", null), HttpStatusCode.NoContent);
        }

        await Http.ExpectAsync(await world.Moderator.Http.PutAsJsonAsync($"api/communities/{Community}/bans/bob", new { reason = "rude" }), HttpStatusCode.NoContent);
        return world;
    }
}
