using System.Globalization;
using System.Security.Claims;

namespace CommunityChat.Web.Infrastructure;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in account's id, or null for a reader.</summary>
    public static int? UserId(this ClaimsPrincipal principal)
    {
        var value = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
