using System.Globalization;
using System.Text;

namespace CommunityChat.Core.Posts;

/// <summary>
/// A community's blocked words and phrases (SPEC rule 20): matched without regard to case or accents ("Arnaque" finds
/// "arnaqué"), on word boundaries ("ass" is not found in "class"), and by substring for Chinese, Japanese and Korean,
/// which have no spaces between words. A phrase matches across any run of spaces or line breaks.
/// </summary>
public static class BlockedWords
{
    /// <summary>The first blocked word or phrase the text contains, as the community wrote it; null when none.</summary>
    public static string? FindIn(string text, IEnumerable<string> blocked)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocked);
        var haystack = Fold(text);
        foreach (var word in blocked)
        {
            var needle = Fold(word);
            if (needle.Length > 0 && Contains(haystack, needle))
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Lower case, accents removed, compatibility forms unified (full-width letters), whitespace runs as one space.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        // Letters that do not decompose into a base letter and an accent.
        return folded.Replace('ø', 'o').Replace('ł', 'l').Replace('đ', 'd').ToString()
            .Replace("ß", "ss", StringComparison.Ordinal).Replace("æ", "ae", StringComparison.Ordinal).Replace("œ", "oe", StringComparison.Ordinal);
    }

    private static bool Contains(string haystack, string needle)
    {
        // A needle that starts or ends with an ideograph (or kana, hangul) matches inside a word on that side.
        var openStart = IsUnspacedScript(needle[0]);
        var openEnd = IsUnspacedScript(needle[^1]);
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            var startsWord = openStart || at == 0 || !IsWordCharacter(haystack[at - 1]);
            var endsWord = openEnd || end == haystack.Length || !IsWordCharacter(haystack[end]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsUnspacedScript(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' // CJK radicals, kana, CJK ideographs
            or >= '\uAC00' and <= '\uD7AF' // Hangul syllables
            or >= '\uF900' and <= '\uFAFF'; // CJK compatibility ideographs
}
