namespace CommunityChat.Core.Imports;

/// <summary>A tweet as a reader found it, before it is classified into a post.</summary>
/// <param name="Line">Line (pasted text) or item number (JSON).</param>
/// <param name="Text">The text with its label still on.</param>
internal sealed record SourceTweet(
    int Line,
    string? Id,
    ImportedAuthor Author,
    DateOnly Date,
    DateTimeOffset? At,
    string Text,
    string? ReplyToId);
