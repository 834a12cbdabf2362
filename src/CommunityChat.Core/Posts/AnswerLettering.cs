namespace CommunityChat.Core.Posts;

/// <summary>
/// Picks the letter for an author's next answer to a question (SPEC rule 3): the first answer is plain "A1",
/// later ones continue after the highest letter already taken, so a thread reads A1, A1b, A1c in order.
/// </summary>
public static class AnswerLettering
{
    /// <param name="question">The question number being answered.</param>
    /// <param name="requestedPart">A letter the author typed, or null to let the rule choose.</param>
    /// <param name="usedParts">The Part of every earlier answer by the same author to the same question; null stands for an unlettered answer, which occupies 'a'.</param>
    public static LetterAssignment Assign(int question, char? requestedPart, IReadOnlyCollection<char?> usedParts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(question, 1);
        ArgumentNullException.ThrowIfNull(usedParts);

        var occupied = usedParts.Select(p => p is { } c ? char.ToLowerInvariant(c) : 'a').ToHashSet();

        if (requestedPart is { } requested)
        {
            var letter = char.ToLowerInvariant(requested);
            if (letter is < 'a' or > 'z')
            {
                throw new ArgumentOutOfRangeException(nameof(requestedPart), requestedPart, "A part is a single letter a-z.");
            }

            return occupied.Contains(letter)
                ? LetterAssignment.Refused(LetterRefusal.LetterAlreadyUsed)
                : LetterAssignment.Granted(new AnswerLabel(question, letter));
        }

        if (occupied.Count == 0)
        {
            return LetterAssignment.Granted(new AnswerLabel(question, null));
        }

        // After the highest letter rather than the first gap: filling a gap would put a later post before an earlier one.
        var next = (char)(occupied.Max() + 1);
        return next > 'z'
            ? LetterAssignment.Refused(LetterRefusal.NoLettersLeft)
            : LetterAssignment.Granted(new AnswerLabel(question, next));
    }
}
