using System.Text;

namespace CommunityChat.Core.Imports;

/// <summary>Undoes the backslash escapes our recap writer puts in names and card values ("Ana\_Lima", "\#1 tip").</summary>
internal static class MarkdownEscapes
{
    public static string Remove(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && !char.IsWhiteSpace(text[i + 1]))
            {
                i++;
            }

            plain.Append(text[i]);
        }

        return plain.ToString();
    }
}
