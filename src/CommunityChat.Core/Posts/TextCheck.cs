namespace CommunityChat.Core.Posts;

/// <summary>The outcome of checking a post's text, with the numbers the composer's counter shows.</summary>
public sealed record TextCheck(TextProblem Problem, int Length, int MaxLength)
{
    public bool IsValid => Problem == TextProblem.None;
}
