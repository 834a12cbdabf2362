using System.Globalization;

namespace CommunityChat.Core.Posts;

/// <summary>
/// Character classes shared by #hashtags and @handles, so that the length counter, the renderer and the
/// indexer agree on what a tag is.
/// </summary>
internal static class TagSyntax
{
    public const int MaxHandleLength = 15;

    /// <summary>A "word" character: a tag or handle right after one is part of a word (C#, bob@example.com), not a tag.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || IsMark(c);

    public static bool IsHashtagStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsHashtagChar(char c) => char.IsLetterOrDigit(c) || c == '_' || IsMark(c);

    public static bool IsHandleChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Length of the hashtag name that starts at <paramref name="start"/> (just after '#'), or 0 when there is none.</summary>
    public static int HashtagLength(ReadOnlySpan<char> text, int start)
    {
        if (start >= text.Length || !IsHashtagStart(text[start]))
        {
            return 0;
        }

        var end = start + 1;
        while (end < text.Length && IsHashtagChar(text[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>The chat's hashtag without '#', as given (with or without it) by the caller.</summary>
    public static string? BareHashtag(string? hashtag)
    {
        var bare = hashtag?.Trim().TrimStart('#');
        return string.IsNullOrEmpty(bare) ? null : bare;
    }

    /// <summary>Whether the whole #tag token <paramref name="tag"/> (case-insensitive) starts at <paramref name="at"/>.</summary>
    public static bool IsHashtagAt(string text, int at, string tag)
    {
        if (text[at] != '#' || (at > 0 && (IsWordChar(text[at - 1]) || text[at - 1] == '&')))
        {
            return false;
        }

        // Whole token only: #TwitterSmarterTips is a different tag from #TwitterSmarter.
        var length = HashtagLength(text, at + 1);
        return length == tag.Length && string.Compare(text, at + 1, tag, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
    }

    public static bool ContainsHashtag(string text, string tag)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsHashtagAt(text, i, tag))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
