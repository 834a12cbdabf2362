using System.Globalization;
using System.Text;
using CommunityChat.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Base.Chats;

/// <summary>A chat's address within its community (<c>/c/{community}/{slug}</c>), from its date and title.</summary>
public sealed class ChatSlugs(AppDbContext db)
{
    /// <summary>"2019-06-06-the-role-of-leadership", with "-2", "-3" … when the community has it already.</summary>
    public async Task<string> UniqueAsync(int communityId, string title, DateTimeOffset start)
    {
        var stem = $"{start.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slugify(title)}".TrimEnd('-');
        var slug = stem;
        for (var n = 2; await db.Chats.AnyAsync(c => c.CommunityId == communityId && c.Slug == slug); n++)
        {
            slug = $"{stem}-{n}";
        }

        return slug;
    }

    /// <summary>ASCII letters and digits joined by dashes; non-Latin titles fall back to the date alone.</summary>
    public static string Slugify(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            if (builder.Length >= 50)
            {
                break;
            }
        }

        return builder.ToString().Trim('-');
    }
}
