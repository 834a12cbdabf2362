using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Base.Access;

/// <summary>Finding an account by the handle people type ("@Ana" or "ana"), case-insensitively.</summary>
public sealed class People(AppDbContext db, IStringLocalizer<SharedResource> t)
{
    public Task<User?> TryFindAsync(string? handle)
    {
        var normalized = Handle.Clean(handle).ToUpperInvariant();
        return db.Users.FirstOrDefaultAsync(u => u.NormalizedUserName == normalized);
    }

    public async Task<User> FindAsync(string? handle) =>
        await TryFindAsync(handle) ?? throw Refusal.NotFound(t["There is no account @{0}.", Handle.Clean(handle)]);
}
