namespace CommunityChat.Web.Infrastructure;

/// <summary>
/// The base of absolute links in what leaves the site (recaps, feeds, calendars, exports): the configured
/// <c>CommunityChat:PublicUrl</c>, else the request's own scheme and host.
/// </summary>
public static class PublicUrl
{
    public const string Key = "CommunityChat:PublicUrl";

    public static string Of(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<IConfiguration>()[Key];
        return !string.IsNullOrWhiteSpace(configured)
            ? configured.TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
    }
}
