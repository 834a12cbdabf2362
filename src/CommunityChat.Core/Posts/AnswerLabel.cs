using System.Globalization;

namespace CommunityChat.Core.Posts;

/// <summary>
/// An answer label such as <c>A1</c> or <c>A1b</c> (SPEC rule 3).
/// Parsing accepts 1 to 3 digits with a value of 1..999; leading zeros are tolerated ("A01" is A1) because
/// people type them and the meaning is unambiguous, while "A0" and "A1000" are not labels.
/// </summary>
public readonly record struct AnswerLabel(int Question, char? Part)
{
    /// <summary>Reads a label at the start of <paramref name="text"/>; <paramref name="rest"/> is the text after it.</summary>
    public static bool TryParse(string text, out AnswerLabel label, out string rest)
    {
        const int MaxDigits = 3;
        label = default;
        rest = text ?? string.Empty;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || (text[i] != 'A' && text[i] != 'a'))
        {
            return false;
        }

        i++;
        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var digitCount = i - digitsStart;
        if (digitCount is 0 or > MaxDigits)
        {
            return false;
        }

        var question = int.Parse(text.AsSpan(digitsStart, digitCount), NumberStyles.None, CultureInfo.InvariantCulture);
        if (question < 1)
        {
            return false;
        }

        char? part = null;
        if (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            part = char.ToLowerInvariant(text[i]);
            i++;
        }

        if (i < text.Length)
        {
            var delimiter = text[i];
            if (!IsDelimiter(delimiter))
            {
                return false;
            }

            i++;
        }

        label = new AnswerLabel(question, part);
        rest = text[i..].TrimStart();
        return true;
    }

    public override string ToString() =>
        Part is { } part
            ? string.Create(CultureInfo.InvariantCulture, $"A{Question}{part}")
            : string.Create(CultureInfo.InvariantCulture, $"A{Question}");

    private static bool IsDelimiter(char c) => c is ':' or '.' or ')' or '-' || char.IsWhiteSpace(c);
}
