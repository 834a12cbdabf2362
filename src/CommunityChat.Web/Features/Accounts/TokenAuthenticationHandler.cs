using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using CommunityChat.Web.Base.Live;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CommunityChat.Web.Features.Accounts;

/// <summary>
/// Authenticates "Authorization: Bearer &lt;token&gt;" and, for the hub, the standard SignalR client's
/// <c>access_token</c> query parameter (browsers cannot set headers on WebSockets).
/// </summary>
public sealed class TokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TokenService tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Token";

    /// <summary>Whether a request carries a token, so the token scheme should judge it rather than the cookie.</summary>
    public static bool CarriesToken(HttpContext context) => ReadToken(context) is not null;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var secret = ReadToken(Context);
        if (secret is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (await tokens.FindAsync(secret) is not { } found)
        {
            return AuthenticateResult.Fail("Unknown or revoked token.");
        }

        var (user, tokenId) = found;

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.UserName!),
                new Claim(OpenConnections.TokenClaim, tokenId.ToString(CultureInfo.InvariantCulture)),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    public static string? ReadToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (context.Request.Path.StartsWithSegments("/hubs", StringComparison.OrdinalIgnoreCase)
            && context.Request.Query.TryGetValue("access_token", out var query) && !string.IsNullOrEmpty(query))
        {
            return query.ToString();
        }

        return null;
    }
}
