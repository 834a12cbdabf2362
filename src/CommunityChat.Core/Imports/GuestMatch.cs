namespace CommunityChat.Core.Imports;

/// <summary>
/// Finds the card's guest among the authors (SPEC rule 15): the author whose display name begins with the card's name,
/// case-insensitive. A card that names the handle ("Gene Petrov (@gene)") is matched by handle first. When several
/// display names match, the one with the most answers wins, then the first to appear.
/// </summary>
internal static class GuestMatch
{
    public static string? Find(string? cardGuest, IReadOnlyList<ImportedAuthor> authors, IReadOnlyList<ImportedPost> posts)
    {
        if (string.IsNullOrWhiteSpace(cardGuest))
        {
            return null;
        }

        var at = cardGuest.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var handle = new string([.. cardGuest[(at + 1)..].TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c == '_')]);
            var byHandle = authors.FirstOrDefault(a => string.Equals(a.Handle, handle, StringComparison.OrdinalIgnoreCase));
            if (handle.Length > 0 && byHandle is not null)
            {
                return byHandle.Handle;
            }
        }

        var name = (at >= 0 ? cardGuest[..at] : cardGuest).TrimEnd(' ', '(').Trim();
        if (name.Length == 0)
        {
            return null;
        }

        var answers = posts.Where(p => p.Kind == Posts.PostKind.Answer).CountBy(p => p.Author).ToDictionary();
        return authors
            .Where(a => a.DisplayName.TrimStart().StartsWith(name, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(a => answers.GetValueOrDefault(a))
            .FirstOrDefault()?.Handle;
    }
}
