using System.Globalization;
using System.Text;

namespace CommunityChat.Core.Posts;

/// <summary>Normalising, counting and checking a post's text (SPEC rule 4).</summary>
public static class PostText
{
    public const int MaxHashtagLength = 50;

    /// <summary>
    /// A user-perceived character rarely needs more than a few UTF-16 units (a family emoji takes 11); a body longer
    /// than this many units per allowed character is refused whatever it counts as, so stacked combining marks
    /// ("a" plus 50,000 accents counts as one character) cannot smuggle megabytes into a room.
    /// </summary>
    public const int MaxCodeUnitsPerCharacter = 10;

    /// <summary>CRLF/CR to LF, Unicode NFC, outer whitespace trimmed: the form that is stored and counted.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unixLines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        // NFC first so that a decomposed character and its composed form are stored (and searched) the same way.
        return unixLines.Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>
    /// User-perceived characters (extended grapheme clusters) of the normalised body, not counting the chat's
    /// hashtag. The text is trimmed again after the hashtag is removed, so the space that separates a trailing
    /// "#Tag" from the answer does not count either.
    /// </summary>
    public static int Length(string body, string? hashtag)
    {
        var text = WithoutHashtag(Normalize(body), TagSyntax.BareHashtag(hashtag)).Trim();
        return text.Length == 0 ? 0 : new StringInfo(text).LengthInTextElements;
    }

    /// <summary>
    /// Checks in this order: far too long in raw size, empty (also a body that is only the chat's hashtag),
    /// control characters, too long.
    /// The body is normalised first, so a CR from a Windows clipboard is not a control character.
    /// </summary>
    public static TextCheck Check(string body, int maxLength, string? hashtag)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length > (long)maxLength * MaxCodeUnitsPerCharacter)
        {
            return new TextCheck(TextProblem.TooLong, body.Length, maxLength);
        }

        var text = Normalize(body);
        var length = Length(text, hashtag);

        if (length == 0 || !HasVisibleCharacter(text))
        {
            return new TextCheck(TextProblem.Empty, length, maxLength);
        }

        if (text.Any(IsForbiddenControl))
        {
            return new TextCheck(TextProblem.ControlCharacters, length, maxLength);
        }

        return length > maxLength
            ? new TextCheck(TextProblem.TooLong, length, maxLength)
            : new TextCheck(TextProblem.None, length, maxLength);
    }

    /// <summary>Whether the text carries #<paramref name="tag"/> as a whole tag, case-insensitively (#lead is not in #leadership).</summary>
    public static bool MentionsHashtag(string text, string tag) => TagSyntax.ContainsHashtag(text, tag.TrimStart('#'));

    /// <summary>
    /// The whole #tags the text carries, in lower case, each once, in order (the index behind /tags/{tag}: rule 14).
    /// Tags longer than a hashtag may be (50 characters) are left out.
    /// </summary>
    public static IReadOnlyList<string> Hashtags(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tags = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '#' || (i > 0 && (TagSyntax.IsWordChar(text[i - 1]) || text[i - 1] == '&')))
            {
                continue;
            }

            var length = TagSyntax.HashtagLength(text, i + 1);
            var tag = text.Substring(i + 1, length).ToLowerInvariant();
            if (length is > 0 and <= MaxHashtagLength && !tags.Contains(tag))
            {
                tags.Add(tag);
            }

            i += length;
        }

        return tags;
    }

    /// <summary>Whether the text holds control characters other than new lines (CR, LF, CRLF) and tabs, anywhere in it.</summary>
    public static bool HasControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Any(IsForbiddenControl);
    }

    /// <summary>
    /// Text from elsewhere (an imported record) made storable: vertical tabs and form feeds (Word's line and page
    /// breaks) become new lines, other control characters go.
    /// </summary>
    public static string WithoutControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unixLines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\v', '\n').Replace('\f', '\n');
        return unixLines.Any(IsForbiddenControl) ? string.Concat(unixLines.Where(c => !IsForbiddenControl(c))) : unixLines;
    }

    // Only category Cc: format characters (ZWJ, variation selectors, bidi marks) are needed by emoji and scripts.
    /// <summary>
    /// Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069): "\u202Enimda" reads "admin"
    /// next to a real handle. Right-to-left text needs none of them (its letters carry their direction), so they are
    /// refused like control characters, in posts and in display names.
    /// </summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Whether anything in the text can be seen: not only spaces, zero-width characters and lone accents.</summary>
    public static bool HasVisibleCharacter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(c => !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) is not
            (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark));
    }

    private static bool IsForbiddenControl(char c) => (c != '\n' && c != '\t' && char.IsControl(c)) || IsBidiControl(c);

    private static string WithoutHashtag(string text, string? tag)
    {
        if (tag is null)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (TagSyntax.IsHashtagAt(text, i, tag))
            {
                i += tag.Length + 1;
                continue;
            }

            result.Append(text[i]);
            i++;
        }

        return result.ToString();
    }
}
