using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace CommunityChat.Core.Posts;

/// <summary>
/// Recognises @handles and #hashtags. Runs as an inline parser (not a regex over the output) so that code spans,
/// code blocks and URLs, which other parsers consume first, are never touched.
/// </summary>
internal sealed class TagInlineParser : InlineParser
{
    public TagInlineParser() => OpeningCharacters = ['@', '#'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        // After a word character it is part of a word: bob@example.com is an email, C#7 is a language.
        if (TagSyntax.IsWordChar(previous))
        {
            return false;
        }

        var marker = slice.CurrentChar;
        var nameStart = slice.Start + 1;
        var text = slice.Text.AsSpan(0, slice.End + 1);
        int nameLength;

        if (marker == '#')
        {
            // "&#" starts a character reference, never a tag.
            if (previous == '&')
            {
                return false;
            }

            nameLength = TagSyntax.HashtagLength(text, nameStart);
            if (nameLength == 0)
            {
                return false;
            }
        }
        else
        {
            var end = nameStart;
            while (end < text.Length && TagSyntax.IsHandleChar(text[end]))
            {
                end++;
            }

            nameLength = end - nameStart;
            // Too long to be a handle: leave it alone rather than link a prefix of it.
            if (nameLength is 0 or > TagSyntax.MaxHandleLength)
            {
                return false;
            }
        }

        var name = slice.Text.Substring(nameStart, nameLength);
        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        Markdig.Syntax.Inlines.Inline inline = marker == '#' ? new HashtagInline(name) : new MentionInline(name);
        inline.Span = new SourceSpan(position, position + nameLength);
        inline.Line = line;
        inline.Column = column;
        processor.Inline = inline;
        slice.Start = nameStart + nameLength;
        return true;
    }
}
