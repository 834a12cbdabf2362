using System.Text;

namespace CommunityChat.Core.Search;

/// <summary>
/// The form of a post the databases' full-text engines index (SPEC rule 13): folded words separated by spaces, so
/// "Communauté" is found by "communaute", and each run of Chinese (or Japanese, Korean) characters as its overlapping
/// pairs plus its last character ("建立信任" → "建立 立信 信任 任"), so a two-character word inside a sentence without
/// spaces is one indexed token and a longer one is a phrase of them. Stemming of English is the engines' own (FTS5's
/// porter tokenizer, PostgreSQL's english configuration).
/// </summary>
public static class SearchText
{
    public static string ForIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var indexed = new StringBuilder(text.Length + 16);
        foreach (var token in SearchTokenizer.Tokens(text))
        {
            if (token.Unspaced)
            {
                AppendPairs(indexed, token.Folded);
            }
            else
            {
                Append(indexed, token.Folded);
            }
        }

        return indexed.ToString();
    }

    /// <summary>The overlapping pairs of a run, then its last character alone, so every character starts a token.</summary>
    public static IEnumerable<string> Pairs(string run)
    {
        ArgumentNullException.ThrowIfNull(run);
        for (var i = 0; i + 1 < run.Length; i++)
        {
            yield return run.Substring(i, 2);
        }

        if (run.Length > 0)
        {
            yield return run[^1..];
        }
    }

    private static void AppendPairs(StringBuilder indexed, string run)
    {
        foreach (var pair in Pairs(run))
        {
            Append(indexed, pair);
        }
    }

    private static void Append(StringBuilder indexed, string word)
    {
        if (indexed.Length > 0)
        {
            indexed.Append(' ');
        }

        indexed.Append(word);
    }
}
