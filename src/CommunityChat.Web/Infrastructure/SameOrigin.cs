namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// Cross-site requests to the API and the hub are refused when they would ride on the sign-in cookie (issue 9,
/// item 5). A page on another site can make a browser send a body-less POST (ask, hide, start, like) or open the hub's
/// WebSocket with the cookie attached; SameSite=Lax does not stop a sibling subdomain. Browsers say where a request
/// comes from (`Origin`, and `Sec-Fetch-Site` on modern ones), so a write, or the hub, whose origin is not this site's
/// is refused with 403 before anything runs. Requests that carry an access token (header or the hub's `access_token`)
/// are not cookie requests: a token cannot be sent by another site, so they pass. Requests without these headers
/// (curl, the .NET client, old browsers on same-site forms) pass too: they are not a browser being tricked.
/// </summary>
public static class SameOrigin
{
    public static IApplicationBuilder UseSameOriginForApi(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsCrossSiteCookieRequest(context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                var t = context.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>();
                await Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: t["Requests from other sites are refused."]).ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool IsCrossSiteCookieRequest(HttpContext context)
    {
        var request = context.Request;
        var hub = request.Path.StartsWithSegments("/hubs");
        if (!(hub || (request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method))))
        {
            return false;
        }

        if (request.Headers.Authorization.Count > 0 || request.Query.ContainsKey("access_token"))
        {
            return false;
        }

        if (request.Headers.Origin is [{ } origin, ..])
        {
            // "null" is a sandboxed frame or a file: never this site.
            return !Uri.TryCreate(origin, UriKind.Absolute, out var from) || !IsThisSite(from, context);
        }

        return request.Headers["Sec-Fetch-Site"] is [{ } site, ..] && site is "cross-site" or "same-site";
    }

    /// <summary>The request's own host, or the public address (a proxy may pass another Host on).</summary>
    private static bool IsThisSite(Uri from, HttpContext context) =>
        string.Equals(from.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
        || (Uri.TryCreate(PublicUrl.Of(context), UriKind.Absolute, out var site) && string.Equals(from.Authority, site.Authority, StringComparison.OrdinalIgnoreCase));
}
