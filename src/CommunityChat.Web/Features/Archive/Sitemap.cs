using System.Globalization;
using System.Text;
using System.Xml;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CommunityChat.Web.Features.Archive;

/// <summary>
/// /sitemap.xml (issue 6): the home page, every community page, and every archived chat's transcript and published
/// recap, newest first, with when each last changed; /robots.txt points search engines at it. Links are absolute.
/// </summary>
public static class Sitemap
{
    /// <summary>The sitemap protocol's limit for one file.</summary>
    public const int MaxUrls = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", WriteAsync).WithTags("Feeds");
        app.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {PublicUrl.Of(context)}/sitemap.xml\n", "text/plain; charset=utf-8"))
            .WithTags("Feeds");
        return app;
    }

    private static async Task<IResult> WriteAsync(HttpContext context, AppDbContext db)
    {
        var site = PublicUrl.Of(context);
        var communities = await db.Communities.AsNoTracking().OrderBy(c => c.Slug).Select(c => c.Slug).ToListAsync();
        var chats = await db.Chats.AsNoTracking()
            .Where(c => c.Status == ChatStatus.Ended)
            .OrderByDescending(c => c.EndedAt)
            .Take((MaxUrls - 1 - communities.Count) / 2)
            .Select(c => new { Community = c.Community.Slug, c.Slug, c.EndedAt, c.RecapPublishedAt })
            .ToListAsync();

        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = false }))
        {
            xml.WriteStartElement("urlset", Namespace);
            Url(xml, site + "/", null);
            foreach (var slug in communities)
            {
                Url(xml, $"{site}/c/{slug}", null);
            }

            foreach (var chat in chats)
            {
                var path = $"{site}/c/{chat.Community}/{chat.Slug}";
                Url(xml, path, chat.EndedAt);
                if (chat.RecapPublishedAt is { } published)
                {
                    Url(xml, path + "/recap", published);
                }
            }

            xml.WriteEndElement();
        }

        // XmlWriter over a StringBuilder declares UTF-16; the file is sent as UTF-8, so it says so.
        var text = output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        return Results.Text(text, "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private static void Url(XmlWriter xml, string location, DateTime? changed)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (changed is { } at)
        {
            xml.WriteElementString("lastmod", Namespace, at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
