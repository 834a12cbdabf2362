using CommunityChat.Web.Base.Live;
using CommunityChat.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>
/// Ends an account's sessions everywhere (issue 9, item 2): a new security stamp, so every cookie issued before is
/// refused at its next request (<see cref="CookieStamp"/>), and its open hub connections closed — at once on this
/// instance, within <see cref="ConnectionRecheck.Interval"/> on the others. Signing out does this (a copied cookie
/// must not outlive it), and so does changing the password. Personal access tokens are not sessions: they are
/// revoked one by one.
/// </summary>
public sealed class Sessions(UserManager<User> users, ConnectionRecheck recheck)
{
    public async Task EndAllAsync(int userId)
    {
        if (await users.FindByIdAsync(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await recheck.RecheckAsync(userId);
    }

    /// <summary>After a change that already gave the account a new stamp (a password change): close what it left open.</summary>
    public Task ClosedElsewhereAsync(int userId) => recheck.RecheckAsync(userId);
}
