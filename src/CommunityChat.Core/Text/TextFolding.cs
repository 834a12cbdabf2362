using System.Globalization;
using System.Text;

namespace CommunityChat.Core.Text;

/// <summary>
/// How text is compared when people type it differently: lower case, accents removed ("communauté" and "communaute"
/// are one word), compatibility forms unified (full-width letters). Blocked words (rule 20) and search (rule 13) fold
/// text this one way.
/// </summary>
public static class TextFolding
{
    /// <summary>Lower case, accents removed, compatibility forms unified, whitespace runs as one space.</summary>
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

    /// <summary>
    /// Scripts written without spaces between words (Chinese and Japanese ideographs, kana, Hangul): a word may start
    /// and end anywhere in a run of them.
    /// </summary>
    public static bool IsUnspacedScript(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' // CJK radicals, kana, CJK ideographs
            or >= '\uAC00' and <= '\uD7AF' // Hangul syllables
            or >= '\uF900' and <= '\uFAFF'; // CJK compatibility ideographs
}
