using System.Text;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Imports;

/// <summary>The chat's hashtag as the record shows it: the #tag the most posts carry (SPEC rule 15).</summary>
internal static class ChatHashtag
{
    /// <summary>The tag without '#', spelt as first seen; a post counts once per tag; a tie goes to the first seen.</summary>
    public static string? MostFrequent(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, (string Spelling, int Count, int First)>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in texts)
        {
            seen.Clear();
            foreach (var tag in Tags(text))
            {
                if (!seen.Add(tag))
                {
                    continue;
                }

                counts[tag] = counts.TryGetValue(tag, out var known)
                    ? known with { Count = known.Count + 1 }
                    : (tag, 1, counts.Count);
            }
        }

        return counts.Count == 0
            ? null
            : counts.Values.OrderByDescending(c => c.Count).ThenBy(c => c.First).First().Spelling;
    }

    /// <summary>The text without the whole-token #tag; spaces left behind are closed up.</summary>
    public static string Remove(string text, string? tag)
    {
        if (tag is null || !TagSyntax.ContainsHashtag(text, tag))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (TagSyntax.IsHashtagAt(text, i, tag))
            {
                i += tag.Length;
                continue;
            }

            kept.Append(text[i]);
        }

        var lines = kept.ToString().Split('\n')
            .Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        return string.Join('\n', lines).Trim();
    }

    private static IEnumerable<string> Tags(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '#' || (i > 0 && (TagSyntax.IsWordChar(text[i - 1]) || text[i - 1] == '&')))
            {
                continue;
            }

            var length = TagSyntax.HashtagLength(text, i + 1);
            if (length > 0)
            {
                yield return text.Substring(i + 1, length);
                i += length;
            }
        }
    }
}
