namespace CommunityChat.Core.Posts;

/// <summary>Why a post's text is refused (SPEC rule 4); None when it is fine.</summary>
public enum TextProblem
{
    None,
    Empty,
    TooLong,
    ControlCharacters,
}
