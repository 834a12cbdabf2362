using System.Text;

namespace CommunityChat.Core.Posts;

/// <summary>Plain text (names, titles) placed inside generated Markdown.</summary>
internal static class MarkdownText
{
    /// <summary>Escapes what Markdown would otherwise read as syntax or HTML.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Several lines as one (a heading holds one line).</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
