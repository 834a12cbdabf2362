using System.Buffers;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Imports;

/// <summary>
/// Finds the attributions in one line of pasted text, wherever they stand: alone on their line, glued to the end of
/// the tweet ("…#chat— Ana Lima (@ana) June 6, 2019") or several in a row in a page flattened into one paragraph.
/// </summary>
/// <remarks>
/// Each "(@handle)" is the anchor: the name runs back from it to the nearest dash ("—", "–", "―", "--", or "-" that is
/// not inside a hyphenated word like "Jean-Luc"), and a date must follow it. Without any dash, a line that is only
/// "Name (@handle) Date" still counts; a hyphen glued on both sides ("#chat-Ana") is never taken for the dash, since
/// names like "Mary-Kate" are commoner than that typo. Every step looks at a bounded window, so a line costs time in proportion to its
/// length.
/// </remarks>
internal static class AttributionScanner
{
    // Display names are at most 50 characters; emoji take two UTF-16 units each.
    private const int NameWindow = 100;

    // "Junee 6, 2019" and the like: short, with digits, ending the line.
    private const int BrokenDateWindow = 40;

    // What a date never holds but the next tweet or prose may: dashes, quotes, tags, handles.
    private static readonly SearchValues<char> NotInDates = SearchValues.Create("—–―\"“”«»#@");

    public static List<Attribution> Find(string line)
    {
        var found = new List<Attribution>();
        var previousEnd = 0;
        var from = 0;
        int anchor;
        while ((anchor = line.IndexOf("(@", from, StringComparison.Ordinal)) >= 0)
        {
            from = anchor + 2;
            var handleEnd = from;
            while (handleEnd < line.Length && handleEnd - from <= TagSyntax.MaxHandleLength && TagSyntax.IsHandleChar(line[handleEnd]))
            {
                handleEnd++;
            }

            var handleLength = handleEnd - from;
            if (handleLength is 0 or > TagSyntax.MaxHandleLength || handleEnd >= line.Length || line[handleEnd] != ')')
            {
                continue;
            }

            var start = NameStart(line, previousEnd, anchor, out var dashed);
            if (start < 0)
            {
                continue;
            }

            var handle = line.Substring(from, handleLength);
            var author = new ImportedAuthor(handle, DisplayName(line, start, anchor, dashed) is { Length: > 0 } name ? name : handle);
            if (AttributionDate.TryRead(line, handleEnd + 1, out var date, out var end)
                && (dashed || line.AsSpan(end).IsWhiteSpace()))
            {
                found.Add(new Attribution(start, end, author, date));
                previousEnd = from = end;
            }
            else if (dashed && IsBrokenDate(line, handleEnd + 1, line.AsSpan(previousEnd, start - previousEnd).IsWhiteSpace()))
            {
                found.Add(new Attribution(start, line.Length, author, null));
                break;
            }
        }

        return found;
    }

    /// <summary>Where the attribution starts (its dash), or -1; <paramref name="dashed"/> says whether a dash was found.</summary>
    private static int NameStart(string line, int previousEnd, int anchor, out bool dashed)
    {
        dashed = true;
        var limit = Math.Max(previousEnd, anchor - NameWindow);
        for (var i = anchor - 1; i >= limit; i--)
        {
            var c = line[i];
            if (c is '—' or '–' or '―' || (c == '-' && IsFreeHyphen(line, i)))
            {
                while (i > limit && line[i - 1] is '—' or '–' or '―' or '-')
                {
                    i--;
                }

                return i;
            }
        }

        dashed = false;
        return previousEnd == 0 && anchor <= NameWindow && !line.AsSpan(0, anchor).IsWhiteSpace() ? 0 : -1;
    }

    private static bool IsFreeHyphen(string line, int i) =>
        i == 0 || char.IsWhiteSpace(line[i - 1]) || line[i - 1] == '-'
        || (i + 1 < line.Length && char.IsWhiteSpace(line[i + 1]));

    private static string DisplayName(string line, int start, int anchor, bool dashed)
    {
        var i = start;
        while (dashed && i < anchor && line[i] is '—' or '–' or '―' or '-')
        {
            i++;
        }

        // Markdown escapes, as our recap writer puts them in names ("Ana\_Lima").
        return MarkdownEscapes.Remove(line[i..anchor]).Trim();
    }

    /// <summary>
    /// Whether what follows "(@handle)" is a date that failed to read: short, with a digit, ending the line; or
    /// nothing at all when the attribution stands alone on its line.
    /// </summary>
    private static bool IsBrokenDate(string line, int at, bool aloneOnLine)
    {
        var rest = line.AsSpan(at).Trim();
        if (rest.IsEmpty)
        {
            return aloneOnLine;
        }

        return rest.Length <= BrokenDateWindow && rest.ContainsAnyInRange('0', '9')
            && !rest.ContainsAny(NotInDates);
    }
}
