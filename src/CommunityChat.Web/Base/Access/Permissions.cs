using System.Globalization;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Access;

/// <summary>Who may do what. Every API endpoint and hub method asks here, on the server.</summary>
public sealed class Permissions(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    public async Task<bool> IsAdminAsync(int? userId) =>
        userId is { } id && await db.Users.AnyAsync(u => u.Id == id && u.IsAdmin);

    /// <summary>Moderators are named per community; admins may moderate every community.</summary>
    public async Task<bool> IsModeratorAsync(int? userId, int communityId) =>
        userId is { } id
        && await db.Users.AnyAsync(u => u.Id == id && (u.IsAdmin || db.CommunityModerators.Any(m => m.CommunityId == communityId && m.UserId == id)));

    /// <summary>The account as a viewer of the community's chats.</summary>
    public async Task<Viewer> ViewerAsync(int? userId, int communityId) =>
        new(userId, await IsModeratorAsync(userId, communityId));

    public int RequireSignedIn(int? userId) =>
        userId ?? throw Refusal.Unauthorized(t["Sign in first."]);

    public async Task<int> RequireAdminAsync(int? userId)
    {
        var id = RequireSignedIn(userId);
        return await IsAdminAsync(id) ? id : throw Refusal.Forbidden(t["Only an admin can do that."]);
    }

    public async Task<int> RequireModeratorAsync(int? userId, int communityId)
    {
        var id = RequireSignedIn(userId);
        return await IsModeratorAsync(id, communityId) ? id : throw Refusal.Forbidden(t["Only a moderator of this community can do that."]);
    }

    /// <summary>
    /// A banned account (rule 8) takes no part: no post, edit, like, vote or suggestion. The sentence names the end of a
    /// timed ban.
    /// </summary>
    public async Task RequireNotBannedAsync(int communityId, int userId, DateTime now)
    {
        var ban = await db.Bans.AsNoTracking()
            .Where(b => b.CommunityId == communityId && b.UserId == userId && (b.Until == null || b.Until > now))
            .OrderByDescending(b => b.Until == null).ThenByDescending(b => b.Until)
            .Select(b => new { b.Until })
            .FirstOrDefaultAsync();
        if (ban is not null)
        {
            throw Banned(ban.Until);
        }
    }

    /// <summary>The refusal of a banned account: the sentence names the end of a timed ban (null: for good).</summary>
    public Refusal Banned(DateTime? until) => Refusal.Forbidden(until is { } end
        ? t["You're banned from this community until {0} (UTC).", end.ToString("f", CultureInfo.CurrentCulture)]
        : t["You're banned from this community."]);
}
