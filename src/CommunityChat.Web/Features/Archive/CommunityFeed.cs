using System.Globalization;
using System.Text;
using System.Xml;
using CommunityChat.Core.Recaps;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Archive;

/// <summary>
/// /c/{community}/feed.atom: the community's ended chats and published recaps, newest first (SPEC section 4, rule 24),
/// so readers who follow a chat hear of each transcript and recap. Links are absolute.
/// </summary>
public static class CommunityFeed
{
    public const int MaxChats = 50;

    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static IEndpointRouteBuilder MapCommunityFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/c/{community}/feed.atom", WriteAsync).WithTags("Feeds");
        return app;
    }

    private static async Task<IResult> WriteAsync(
        string community, HttpContext context, CommunityReader communities, AppDbContext db, IStringLocalizer<SharedResource> t)
    {
        CommunityDto found;
        try
        {
            found = await communities.GetAsync(community);
        }
        catch (Refusal)
        {
            return Results.NotFound();
        }

        var site = PublicUrl.Of(context);
        var chats = await db.Chats.AsNoTracking()
            .Where(c => c.Community.Slug == community && c.Status == ChatStatus.Ended)
            .OrderByDescending(c => c.EndedAt)
            .Take(MaxChats)
            .Select(c => new { c.Id, c.Slug, c.Title, c.Topic, c.EndedAt })
            .ToListAsync();
        var ids = chats.Select(c => c.Id).ToList();
        var recaps = await db.Recaps.AsNoTracking()
            .Where(r => ids.Contains(r.ChatId) && r.PublishedAt != null)
            .Select(r => new { r.ChatId, r.PublishedHtml, r.PublishedAt })
            .ToDictionaryAsync(r => r.ChatId);

        var entries = new List<Entry>();
        foreach (var chat in chats)
        {
            var url = site + ChatUrl.For(community, chat.Slug);
            entries.Add(new Entry(url, chat.Title, url, chat.EndedAt!.Value, chat.Topic, null));
            if (recaps.TryGetValue(chat.Id, out var recap))
            {
                var recapUrl = site + ChatUrl.Recap(ChatUrl.For(community, chat.Slug));
                entries.Add(new Entry(recapUrl, t["Recap: {0}", chat.Title], recapUrl, recap.PublishedAt!.Value, null,
                    RecapWriter.AbsoluteLinks(recap.PublishedHtml!, site)));
            }
        }

        entries.Sort((a, b) => b.Updated.CompareTo(a.Updated));
        var feedUrl = site + CommunityReader.Url(community) + "/feed.atom";
        return Results.Bytes(Write(found, site + found.Url, feedUrl, entries), "application/atom+xml; charset=utf-8");
    }

    private static byte[] Write(CommunityDto community, string communityUrl, string feedUrl, IReadOnlyList<Entry> entries)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteElementString("id", AtomNamespace, feedUrl);
            xml.WriteElementString("title", AtomNamespace, Xml(community.Name));
            if (!string.IsNullOrWhiteSpace(community.Description))
            {
                xml.WriteElementString("subtitle", AtomNamespace, Xml(community.Description));
            }

            xml.WriteElementString("updated", AtomNamespace, Time(entries.Count > 0 ? entries[0].Updated : DateTime.UnixEpoch));
            Link(xml, "self", feedUrl, "application/atom+xml");
            Link(xml, "alternate", communityUrl, "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, Xml(community.Name));
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, entry.Id);
                xml.WriteElementString("title", AtomNamespace, Xml(entry.Title));
                xml.WriteElementString("updated", AtomNamespace, Time(entry.Updated));
                Link(xml, "alternate", entry.Url, "text/html");
                if (!string.IsNullOrWhiteSpace(entry.Summary))
                {
                    xml.WriteElementString("summary", AtomNamespace, Xml(entry.Summary));
                }

                if (entry.Html is not null)
                {
                    xml.WriteStartElement("content", AtomNamespace);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteString(Xml(entry.Html));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Text that predates today's checks may hold characters XML cannot carry: they are dropped, not the feed.</summary>
    private static string Xml(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed record Entry(string Id, string Title, string Url, DateTime Updated, string? Summary, string? Html);

}
