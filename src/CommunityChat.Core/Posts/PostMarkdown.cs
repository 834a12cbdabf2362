using System.Net;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Syntax;

namespace CommunityChat.Core.Posts;

/// <summary>
/// Renders a post's Markdown to a safe HTML fragment (SPEC rule 5) and lists the #hashtags and @handles it links.
/// All three read the same parsed document, so what is indexed is exactly what is linked.
/// </summary>
public static class PostMarkdown
{
    // Built once: a MarkdownPipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        // Chat posts are typed like tweets: a new line in the composer is a new line on screen.
        .UseSoftlineBreakAsHardlineBreak()
        .Use<PostMarkdownExtension>()
        .Build();

    public static string ToHtml(string markdown)
    {
        try
        {
            return Markdown.ToHtml(Parse(markdown), Pipeline);
        }
        catch (ArgumentException) when (markdown is not null)
        {
            // Markdig refuses input nested past its depth limit (e.g. 128 '>' or 100 '- '): show such text as it was typed.
            return "<p>" + WebUtility.HtmlEncode(markdown).ReplaceLineEndings("<br />\n") + "</p>\n";
        }
    }

    /// <summary>
    /// For one line of Markdown shown inside another element (a question in a transcript heading, SPEC rule 31): the same
    /// safe HTML as <see cref="ToHtml"/> without the paragraph around it. Text of several blocks, which a heading cannot
    /// hold, is shown as typed.
    /// </summary>
    public static string ToInlineHtml(string markdown)
    {
        const string Open = "<p>", Close = "</p>\n";
        var html = ToHtml(markdown);
        var single = html.StartsWith(Open, StringComparison.Ordinal) && html.EndsWith(Close, StringComparison.Ordinal)
            && html.IndexOf(Open, Open.Length, StringComparison.Ordinal) < 0;
        return single ? html[Open.Length..^Close.Length] : WebUtility.HtmlEncode(markdown);
    }

    /// <summary>Distinct, lowercased, without '#', in order of appearance.</summary>
    public static IReadOnlyList<string> Hashtags(string markdown) =>
        [.. Parse(markdown).Descendants<HashtagInline>()
            .Select(h => h.Tag.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Distinct handles as first written, without '@'; handles are case-insensitive, so @Bob and @bob are one.</summary>
    public static IReadOnlyList<string> Mentions(string markdown) =>
        [.. Parse(markdown).Descendants<MentionInline>()
            .Select(m => m.Handle)
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    private static MarkdownDocument Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        LinkPolicy.Apply(document);
        return document;
    }
}
