using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CommunityChat.Core.Posts;

/// <summary>
/// Enforces SPEC rule 5 on the parsed document, after Markdig has decoded entities and escapes, so the check sees
/// the URL the browser would see: "&amp;#106;avascript:" is checked as "javascript:".
/// </summary>
internal static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static void Apply(MarkdownDocument document)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline)
            {
                Visit(inline, insideLink: false);
            }
        }
    }

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        // The scheme is read literally from the start: anything that needs trimming or unescaping is not a plain
        // http/https/mailto URL. A relative URL has no scheme and is refused too, since a user's link should
        // not point at pages of this site with a hostile look.
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var scheme = url[..colon];
        return AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && AllowedSchemes.Contains(uri.Scheme, StringComparer.Ordinal);
    }

    private static void Visit(ContainerInline container, bool insideLink)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            switch (child)
            {
                case LinkInline link:
                    Enforce(link, insideLink);
                    break;
                case AutolinkInline autolink:
                    var target = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                    if (insideLink || !IsAllowed(target))
                    {
                        autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    }

                    break;
                // Link text is already a link: a nested <a> is invalid HTML and would hide the real target.
                case MentionInline mention when insideLink:
                    mention.ReplaceBy(new LiteralInline("@" + mention.Handle));
                    break;
                case HashtagInline hashtag when insideLink:
                    hashtag.ReplaceBy(new LiteralInline("#" + hashtag.Tag));
                    break;
                case ContainerInline inner:
                    Visit(inner, insideLink);
                    break;
            }

            child = next;
        }
    }

    private static void Enforce(LinkInline link, bool insideLink)
    {
        Visit(link, insideLink: true);

        if (insideLink || !IsAllowed(link.Url))
        {
            Unwrap(link);
            return;
        }

        if (link.IsImage)
        {
            // Images never embed (privacy, tracking pixels, layout): the picture becomes a link to it.
            link.IsImage = false;
            if (link.FirstChild is null)
            {
                link.AppendChild(new LiteralInline(link.Url!));
            }
        }
    }

    /// <summary>Keeps the link's text as plain text in place of the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
