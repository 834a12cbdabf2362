using System.Security.Claims;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>
/// A cookie is good only while its account's security stamp is the one it was issued with (issue 9, item 2): signing
/// out and changing the password give the account a new stamp (<see cref="Sessions"/>), so a copied cookie is refused
/// at its next request. Checked on every cookie request, one read by primary key, instead of Identity's validator
/// every 30 minutes (which re-reads the account's roles and claims and re-issues the cookie each time it checks).
/// </summary>
public static class CookieStamp
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var claimType = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.Principal?.FindFirstValue(claimType);
        var current = context.Principal?.UserId() is { } userId
            ? await services.GetRequiredService<AppDbContext>().Users.AsNoTracking()
                .Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync()
            : null;
        if (stamp is null || stamp != current)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
