using CommunityChat.Core.Text;

namespace CommunityChat.Core.Search;

/// <summary>
/// Splits text into the words search indexes and looks for: runs of letters and digits (with their accents), and runs
/// of unspaced scripts; everything else (spaces, punctuation, Markdown, # and @) separates them.
/// </summary>
public static class SearchTokenizer
{
    public static IEnumerable<SearchToken> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = 0;
        while (at < text.Length)
        {
            var unspaced = IsUnspacedLetter(text[at]);
            if (!unspaced && !IsWordChar(text[at]))
            {
                at++;
                continue;
            }

            var start = at;
            while (at < text.Length && (unspaced ? IsUnspacedLetter(text[at]) : IsWordChar(text[at]) && !TextFolding.IsUnspacedScript(text[at])))
            {
                at++;
            }

            var folded = unspaced ? text[start..at] : TextFolding.Fold(text[start..at]);
            if (folded.Length > 0)
            {
                yield return new SearchToken(start, at - start, folded, unspaced);
            }
        }
    }

    /// <summary>Ideographs, kana and Hangul, not the punctuation of those scripts (。、「」).</summary>
    private static bool IsUnspacedLetter(char c) => TextFolding.IsUnspacedScript(c) && char.IsLetterOrDigit(c);

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;
}
