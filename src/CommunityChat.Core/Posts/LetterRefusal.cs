namespace CommunityChat.Core.Posts;

/// <summary>Why an answer could not get the letter it asked for (SPEC rule 3).</summary>
public enum LetterRefusal
{
    LetterAlreadyUsed,
    NoLettersLeft,
}
