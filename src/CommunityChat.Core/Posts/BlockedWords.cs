using CommunityChat.Core.Text;

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
        var haystack = TextFolding.Fold(text);
        foreach (var word in blocked)
        {
            var needle = TextFolding.Fold(word);
            if (needle.Length > 0 && Contains(haystack, needle))
            {
                return word;
            }
        }

        return null;
    }

    private static bool Contains(string haystack, string needle)
    {
        // A needle that starts or ends with an ideograph (or kana, hangul) matches inside a word on that side.
        var openStart = TextFolding.IsUnspacedScript(needle[0]);
        var openEnd = TextFolding.IsUnspacedScript(needle[^1]);
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

}
