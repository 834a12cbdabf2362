namespace CommunityChat.Core.Search;

/// <summary>
/// The few lines of a post a search result shows (SPEC rule 13): a window of the post's plain text around the first
/// word found, with every word searched for marked. English words are marked when they share their stem ("trusted"
/// for "trust"), as the engines found them; Chinese runs wherever they stand. The parts are plain text: whoever shows
/// them encodes them, so nothing in a post can become markup.
/// </summary>
public static class Snippet
{
    public const int DefaultLength = 200;

    private const int Lead = 60;

    public static IReadOnlyList<SnippetPart> Build(string plainText, SearchTerms terms, int length = DefaultLength)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        ArgumentNullException.ThrowIfNull(terms);
        var text = plainText.Trim();
        var marks = Marks(text, terms);
        var first = marks.Count > 0 ? marks[0].Start : 0;
        var start = first <= Lead ? 0 : WordStart(text, first - Lead);
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            end = WordEnd(text, end, start);
        }

        var parts = new List<SnippetPart>();
        var at = start;
        foreach (var (markStart, markLength) in marks)
        {
            if (markStart < at || markStart + markLength > end)
            {
                continue;
            }

            if (markStart > at)
            {
                parts.Add(new SnippetPart(text[at..markStart], false));
            }

            parts.Add(new SnippetPart(text.Substring(markStart, markLength), true));
            at = markStart + markLength;
        }

        if (at < end)
        {
            parts.Add(new SnippetPart(text[at..end], false));
        }

        if (start > 0)
        {
            parts.Insert(0, new SnippetPart("…", false));
        }

        if (end < text.Length)
        {
            parts.Add(new SnippetPart("…", false));
        }

        return parts;
    }

    private static List<(int Start, int Length)> Marks(string text, SearchTerms terms)
    {
        var marks = new List<(int Start, int Length)>();
        foreach (var token in SearchTokenizer.Tokens(text))
        {
            if (!token.Unspaced)
            {
                if (terms.Words.Any(w => !w.Unspaced && SameStem(token.Folded, w.Folded)))
                {
                    marks.Add((token.Start, token.Length));
                }

                continue;
            }

            var run = text.Substring(token.Start, token.Length);
            var found = new bool[run.Length];
            foreach (var word in terms.Words.Where(w => w.Unspaced))
            {
                for (var i = run.IndexOf(word.Folded, StringComparison.Ordinal); i >= 0; i = run.IndexOf(word.Folded, i + 1, StringComparison.Ordinal))
                {
                    Array.Fill(found, true, i, word.Folded.Length);
                }
            }

            for (var i = 0; i < run.Length; i++)
            {
                if (!found[i])
                {
                    continue;
                }

                var from = i;
                while (i < run.Length && found[i])
                {
                    i++;
                }

                marks.Add((token.Start + from, i - from));
            }
        }

        return marks;
    }

    /// <summary>A light English stemmer, enough to mark what the engines' stemmers found.</summary>
    private static bool SameStem(string word, string term)
    {
        if (word == term)
        {
            return true;
        }

        var a = Stem(word);
        var b = Stem(term);
        return a == b || (Math.Min(a.Length, b.Length) >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)) && Math.Abs(a.Length - b.Length) <= 3);
    }

    private static string Stem(string word)
    {
        foreach (var suffix in (ReadOnlySpan<string>)["ingly", "ing", "edly", "ed", "ies", "es", "ly", "s"])
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static int WordStart(string text, int at)
    {
        var space = text.IndexOf(' ', at);
        return space >= 0 && space - at < 20 ? space + 1 : at;
    }

    private static int WordEnd(string text, int at, int start)
    {
        var space = text.LastIndexOf(' ', at - 1, at - start);
        return space > start && at - space < 20 ? space : at;
    }
}
