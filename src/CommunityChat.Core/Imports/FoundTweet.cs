namespace CommunityChat.Core.Imports;

/// <summary>
/// A tweet read from JSON. A v2 tweet names its author by id (<paramref name="AuthorId"/>) until every page's
/// includes.users has been read; a classic tweet carries its author already. <paramref name="Retweet"/> marks one to skip.
/// </summary>
internal sealed record FoundTweet(SourceTweet Tweet, string? AuthorId, bool Retweet)
{
    /// <summary>A retweet is skipped whatever else it lacks; only its text is kept, for the excerpt.</summary>
    public static FoundTweet Retweeted(int item, string? text) =>
        new(new SourceTweet(item, null, new ImportedAuthor(string.Empty, string.Empty), default, null, text ?? string.Empty, null),
            null, Retweet: true);
}
