using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace CommunityChat.Core.Posts;

/// <summary>Renders an @handle as a link to the profile page.</summary>
internal sealed class MentionRenderer : HtmlObjectRenderer<MentionInline>
{
    protected override void Write(HtmlRenderer renderer, MentionInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape("@" + obj.Handle);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl("/@" + obj.Handle).Write("\">")
            .WriteEscape("@" + obj.Handle).Write("</a>");
    }
}

/// <summary>Renders a #hashtag as a link to its hashtag page; the address is lowercased so #Tag and #tag meet.</summary>
internal sealed class HashtagRenderer : HtmlObjectRenderer<HashtagInline>
{
    protected override void Write(HtmlRenderer renderer, HashtagInline obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape("#" + obj.Tag);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl("/tags/" + obj.Tag.ToLowerInvariant()).Write("\">")
            .WriteEscape("#" + obj.Tag).Write("</a>");
    }
}
