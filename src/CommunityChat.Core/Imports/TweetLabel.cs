using System.Globalization;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads the labels at the start of a tweet: answers as rule 3 does (<see cref="AnswerLabel"/>), and the host's
/// <c>Qn</c> the same way. "A1 - text" and "Q1 : text" are common in tweets, so a dash or colon after the label's
/// white space is part of the label too.
/// </summary>
internal static class TweetLabel
{
    private const int MaxDigits = 3;

    public static bool TryReadAnswer(string text, out AnswerLabel label, out string rest)
    {
        if (!AnswerLabel.TryParse(text, out label, out rest))
        {
            return false;
        }

        rest = SkipSeparator(rest);
        return true;
    }

    public static bool TryReadQuestion(string text, out int number, out string rest)
    {
        number = 0;
        rest = text;
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || (text[i] != 'Q' && text[i] != 'q'))
        {
            return false;
        }

        var digitsStart = ++i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        var digits = i - digitsStart;
        if (digits is 0 or > MaxDigits)
        {
            return false;
        }

        var value = int.Parse(text.AsSpan(digitsStart, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        if (value < 1 || (i < text.Length && !IsDelimiter(text[i])))
        {
            return false;
        }

        number = value;
        rest = SkipSeparator(i < text.Length ? text[(i + 1)..].TrimStart() : string.Empty);
        return true;
    }

    /// <summary>Whether a label (Qn or An with a delimiter other than white space) starts at <paramref name="at"/>.</summary>
    public static bool StrictLabelAt(string text, int at)
    {
        if (at >= text.Length || text[at] is not ('Q' or 'q' or 'A' or 'a'))
        {
            return false;
        }

        var i = at + 1;
        var digitsStart = i;
        while (i < text.Length && i - digitsStart <= MaxDigits && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == digitsStart || i - digitsStart > MaxDigits)
        {
            return false;
        }

        if (text[at] is 'A' or 'a' && i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] is ':' or ')' or '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
    }

    /// <summary>Whether the text starts with any label, question or answer.</summary>
    public static bool StartsWithLabel(string text) =>
        TryReadQuestion(text, out _, out _) || AnswerLabel.TryParse(text, out _, out _);

    private static bool IsDelimiter(char c) => c is ':' or '.' or ')' or '-' || char.IsWhiteSpace(c);

    private static string SkipSeparator(string rest) =>
        rest.Length > 0 && rest[0] is '-' or '–' or '—' or ':' && (rest.Length == 1 || char.IsWhiteSpace(rest[1]))
            ? rest[1..].TrimStart()
            : rest;
}
