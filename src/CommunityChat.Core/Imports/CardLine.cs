namespace CommunityChat.Core.Imports;

/// <summary>
/// Reads a card line ("Guest: Gene Petrov", "**Topic:** …", "- FORMAT: …", French "Invité :", "Sujet :") of a
/// pasted record: the key in any case, Markdown emphasis, list and quote markers around it ignored.
/// </summary>
internal static class CardLine
{
    public enum Key
    {
        Guest,
        Topic,
        Format,
    }

    private static readonly Dictionary<string, Key> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["guest"] = Key.Guest,
        ["guests"] = Key.Guest,
        ["invité"] = Key.Guest,
        ["invitée"] = Key.Guest,
        ["invités"] = Key.Guest,
        ["invitées"] = Key.Guest,
        ["topic"] = Key.Topic,
        ["sujet"] = Key.Topic,
        ["thème"] = Key.Topic,
        ["format"] = Key.Format,
    };

    /// <summary>Whether the line is a card line; <paramref name="value"/> is null when nothing follows the colon.</summary>
    public static bool TryRead(string line, out Key key, out string? value)
    {
        key = default;
        value = null;
        var i = SkipMarks(line, 0);
        if (i < line.Length && line[i] is '-' or '•' && i + 1 < line.Length && line[i + 1] == ' ')
        {
            i = SkipMarks(line, i + 1);
        }

        var wordStart = i;
        while (i < line.Length && char.IsLetter(line[i]))
        {
            i++;
        }

        if (!Keys.TryGetValue(line[wordStart..i], out key))
        {
            return false;
        }

        i = SkipMarks(line, i);
        if (i >= line.Length || line[i] is not (':' or '：'))
        {
            return false;
        }

        var text = MarkdownEscapes.Remove(line[(i + 1)..].Trim().Trim('*', '_').Trim());
        value = text.Length > 0 ? text : null;
        return true;
    }

    private static int SkipMarks(string line, int i)
    {
        while (i < line.Length && (line[i] is '*' or '_' or '>' || char.IsWhiteSpace(line[i])))
        {
            i++;
        }

        return i;
    }
}
