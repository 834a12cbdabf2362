using System.Text;

namespace CommunityChat.Core.Search;

/// <summary>
/// What a reader typed, as words to find (SPEC rule 13). Anything can be typed: quotes, operators, <c>NEAR(</c>,
/// <c>*</c>, 5,000 characters; it is all searched as text, because only the words survive (folded as the index folds
/// them) and each is quoted when written for an engine. Every word must be found (AND); a run of Chinese characters
/// must be found as written (a phrase of its pairs); a single Chinese character is found wherever it stands.
/// </summary>
public sealed class SearchTerms
{
    /// <summary>Only the start of a very long query is read; the rest could not narrow the result further.</summary>
    public const int MaxQueryLength = 500;

    public const int MaxTerms = 12;

    private SearchTerms(IReadOnlyList<SearchToken> words) => Words = words;

    public IReadOnlyList<SearchToken> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new SearchTerms([]);
        }

        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        var words = SearchTokenizer.Tokens(text)
            .DistinctBy(t => t.Folded)
            .Take(MaxTerms)
            .ToList();
        return new SearchTerms(words);
    }

    /// <summary>An FTS5 MATCH expression: each word a quoted string, a Chinese run a quoted phrase of its pairs.</summary>
    public string ToFts5()
    {
        var expression = new StringBuilder();
        foreach (var word in Words)
        {
            if (expression.Length > 0)
            {
                expression.Append(' ');
            }

            if (!word.Unspaced)
            {
                expression.Append('"').Append(word.Folded).Append('"');
            }
            else if (word.Folded.Length == 1)
            {
                expression.Append('"').Append(word.Folded).Append("\"*");
            }
            else
            {
                expression.Append('"').AppendJoin(' ', QueryPairs(word.Folded)).Append('"');
            }
        }

        return expression.ToString();
    }

    /// <summary>A PostgreSQL <c>to_tsquery</c> text: quoted lexemes joined by <c>&amp;</c>, a Chinese run as <c>&lt;-&gt;</c>.</summary>
    public string ToTsQuery()
    {
        var expression = new StringBuilder();
        foreach (var word in Words)
        {
            if (expression.Length > 0)
            {
                expression.Append(" & ");
            }

            if (!word.Unspaced)
            {
                expression.Append('\'').Append(word.Folded).Append('\'');
            }
            else if (word.Folded.Length == 1)
            {
                expression.Append('\'').Append(word.Folded).Append("':*");
            }
            else
            {
                expression.Append('(').AppendJoin(" <-> ", QueryPairs(word.Folded).Select(p => $"'{p}'")).Append(')');
            }
        }

        return expression.ToString();
    }

    /// <summary>A run of two or more characters is found as its pairs in a row (its last character alone is not needed).</summary>
    private static IEnumerable<string> QueryPairs(string run) => SearchText.Pairs(run).Take(run.Length - 1);
}
