namespace CommunityChat.Web.Tests.Moderation;

/// <summary>
/// One live chat with a post, shared by the authorisation cases: every case is refused, so none changes what the
/// next one sees (each checks the audit log stays as it was).
/// </summary>
public sealed class ModeratorOnlyFixture : IAsyncLifetime
{
    public TestApp App { get; } = TestApp.Start();

    public Cast Cast { get; private set; } = null!;

    public PostView Post { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Cast = await Cast.CreateAsync(App, start: true);
        Post = await Cast.PostAsync(Cast.Participant, "A post to moderate");
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();

    /// <summary>Fills {chat}, {post}, {community} and {handle} in a path with this fixture's chat and post.</summary>
    public string Fill(string template) => Fill(template, Cast, Post);

    /// <summary>Fills {chat}, {post}, {community} and {handle} in a path with the given chat and post.</summary>
    public static string Fill(string template, Cast cast, PostView post) => template
        .Replace("{chat}", cast.ChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{post}", post.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{community}", Cast.Community, StringComparison.Ordinal)
        .Replace("{handle}", cast.Guest.Handle, StringComparison.Ordinal);
}
