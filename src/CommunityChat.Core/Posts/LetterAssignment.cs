namespace CommunityChat.Core.Posts;

/// <summary>Either the label the answer gets, or why it gets none. Exactly one of the two is set.</summary>
public sealed record LetterAssignment(AnswerLabel? Label, LetterRefusal? Refusal)
{
    public bool IsGranted => Label is not null;

    internal static LetterAssignment Granted(AnswerLabel label) => new(label, null);

    internal static LetterAssignment Refused(LetterRefusal refusal) => new(null, refusal);
}
