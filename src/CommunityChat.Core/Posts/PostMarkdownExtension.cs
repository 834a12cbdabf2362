using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace CommunityChat.Core.Posts;

/// <summary>Plugs @handles, #hashtags and the rel attribute for user links into a Markdig pipeline.</summary>
internal sealed class PostMarkdownExtension : IMarkdownExtension
{
    public const string ExternalRel = "nofollow ugc noopener noreferrer";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<TagInlineParser>())
        {
            pipeline.InlineParsers.Add(new TagInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        html.ObjectRenderers.AddIfNotAlready<MentionRenderer>();
        html.ObjectRenderers.AddIfNotAlready<HashtagRenderer>();

        // Every LinkInline or AutolinkInline that survives LinkPolicy was written by a user (mentions and hashtags
        // have their own inline types), so all of them get the rel that keeps search ranking and referrers out.
        if (html.ObjectRenderers.Find<LinkInlineRenderer>() is { } links)
        {
            links.Rel = ExternalRel;
        }

        if (html.ObjectRenderers.Find<AutolinkInlineRenderer>() is { } autolinks)
        {
            autolinks.Rel = ExternalRel;
        }
    }
}
