using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Imports;

/// <summary>One tweet of the record as it will be stored.</summary>
/// <param name="Line">1-based line (pasted text) or item number (JSON: the n-th tweet object read) where it starts.</param>
/// <param name="SourceId">The tweet id (JSON), null for pasted text.</param>
/// <param name="Date">The attribution's date (text) or the tweet's UTC date (JSON).</param>
/// <param name="At">The exact time when the record has it (JSON), else null.</param>
/// <param name="Label">"Q3", "A1", "A1b" as rule 3 normalises them; null for replies and comments.</param>
/// <param name="ReplyToSourceId">The parent tweet's id when the parent is among the posts.</param>
/// <param name="Text">The tweet's text without its label, at its whole length.</param>
public sealed record ImportedPost(
    int Line,
    string? SourceId,
    ImportedAuthor Author,
    DateOnly? Date,
    DateTimeOffset? At,
    PostKind Kind,
    string? Label,
    int? QuestionNumber,
    char? Part,
    string? ReplyToSourceId,
    string Text);
