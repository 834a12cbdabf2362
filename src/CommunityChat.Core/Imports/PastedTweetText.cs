using System.Buffers;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Cleans a pasted tweet's text: the photo and short links an embed leaves at the end ("pic.twitter.com/…",
/// "https://t.co/…", even glued to the last word) and the quotes a blog wraps the tweet in go; the rest is kept.
/// </summary>
internal static class PastedTweetText
{
    private static readonly string[] EmbedLinks = ["pic.twitter.com/", "pic.x.com/", "https://t.co/", "http://t.co/"];

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\n\u00A0");

    private static readonly string[] EmbedPhrases = ["View image on Twitter", "View image on X", "View on Twitter"];

    public static string Clean(string text)
    {
        var cleaned = WithoutTrailingLinks(text.Trim());
        cleaned = Unquoted(cleaned);
        return WithoutTrailingLinks(cleaned);
    }

    /// <summary>Whether a whole line is an embed's leftover ("pic.twitter.com/abc" alone), to be dropped.</summary>
    public static bool IsLeftover(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0
            && (EmbedPhrases.Any(p => trimmed.Equals(p, StringComparison.OrdinalIgnoreCase))
                || WithoutTrailingLinks(trimmed).Length == 0);
    }

    public static bool IsOpeningQuote(char c) => c is '"' or '“' or '”' or '‘' or '«' or '„';

    public static bool IsClosingQuote(char c) => c is '"' or '”' or '“' or '’' or '»';

    /// <summary>The index of the quote that opens the one closing the text, or -1; curly quotes nest.</summary>
    public static int OpeningOfLastQuote(string text)
    {
        if (text.Length < 2 || !IsClosingQuote(text[^1]))
        {
            return -1;
        }

        var (open, close) = text[^1] switch
        {
            '”' => ('“', '”'),
            // ’ is also the apostrophe ("it’s"), so single quotes do not nest.
            '’' => ('‘', '\0'),
            '»' => ('«', '»'),
            _ => ('"', '\0'),
        };
        var depth = 0;
        for (var i = text.Length - 2; i >= 0; i--)
        {
            if (text[i] == close)
            {
                depth++;
            }
            else if (text[i] == open || (open == '“' && text[i] == '„'))
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return -1;
    }

    /// <summary>Without the embed links that end the text; only the last word is searched, so long texts cost nothing.</summary>
    private static string WithoutTrailingLinks(string text)
    {
        while (text.Length > 0)
        {
            var wordStart = text.AsSpan().LastIndexOfAny(WhiteSpace) + 1;
            var word = text.AsSpan(wordStart);
            var cut = -1;
            foreach (var link in EmbedLinks)
            {
                var at = word.IndexOf(link, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    cut = at;
                    break;
                }
            }

            if (cut < 0)
            {
                return text;
            }

            foreach (var scheme in (string[])["https://", "http://"])
            {
                if (word[..cut].EndsWith(scheme, StringComparison.OrdinalIgnoreCase))
                {
                    cut -= scheme.Length;
                }
            }

            text = text[..(wordStart + cut)].TrimEnd();
        }

        return text;
    }

    /// <summary>Without the pair of quotes around the whole text, when it is one pair (not "a" and "b").</summary>
    private static string Unquoted(string text)
    {
        if (text.Length < 2 || !IsOpeningQuote(text[0]) || OpeningOfLastQuote(text) != 0)
        {
            return text;
        }

        return text[1..^1].Trim();
    }
}
