namespace CommunityChat.Core.Imports;

/// <summary>At most 80 characters of skipped input on one line, enough to find it again in the source.</summary>
internal static class Excerpt
{
    public const int MaxLength = 80;

    public static string Of(string text)
    {
        var oneLine = string.Join(' ', text.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (oneLine.Length <= MaxLength)
        {
            return oneLine;
        }

        var cut = MaxLength - 1;
        if (char.IsHighSurrogate(oneLine[cut - 1]))
        {
            cut--;
        }

        return string.Concat(oneLine.AsSpan(0, cut), "…");
    }
}
