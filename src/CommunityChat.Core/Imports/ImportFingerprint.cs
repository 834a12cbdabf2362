using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CommunityChat.Core.Imports;

/// <summary>
/// A hash of what the posts say, so the web can recognise the same record imported twice whatever prose, white space or
/// embed links surround it: per post the author's handle (case-folded), its date, its label and its text with white
/// space runs folded to one space. Skipped parts do not count.
/// </summary>
internal static class ImportFingerprint
{
    public static string Of(IEnumerable<ImportedPost> posts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var entry = new StringBuilder();
        foreach (var post in posts)
        {
            entry.Clear()
                .Append(post.Author.Handle.ToLowerInvariant()).Append('\u001f')
                .Append(post.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\u001f')
                .Append(post.Label).Append('\u001f')
                .AppendJoin(' ', post.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Append('\u001e');
            hash.AppendData(Encoding.UTF8.GetBytes(entry.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
