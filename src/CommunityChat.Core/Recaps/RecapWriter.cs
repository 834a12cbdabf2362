using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CommunityChat.Core.Posts;
using CommunityChat.Core.Transcripts;

namespace CommunityChat.Core.Recaps;

/// <summary>
/// Drafts a chat's recap from its highlights (SPEC rule 10): the title, the card (guest, topic, format), then per asked
/// question its text as a heading and the starred answers as quotes, guest first, each closed by the attribution line
/// <c>— Display Name (@handle) June 6, 2019</c> whose date links to the post's permalink, as an embedded tweet does.
/// Starred posts outside the questions follow, and a line thanking everyone who took part by handle, newcomers marked
/// (rule 32), closes it. The moderator edits the result; it is Markdown under the same policy as posts.
/// </summary>
public static partial class RecapWriter
{
    /// <param name="baseUrl">Where the site lives ("https://chat.example.org"): the recap leaves the site, so its links are absolute.</param>
    /// <param name="zone">The community's time zone: a quote's date is the day it was posted there.</param>
    /// <param name="culture">The moderator's language, for the dates.</param>
    /// <param name="thanks">The closing thank-you line's words and the chat's newcomers; no line without it.</param>
    public static string Write(TranscriptDocument document, RecapLabels labels, string baseUrl, TimeZoneInfo zone, CultureInfo culture, RecapThanks? thanks = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(labels);
        var context = new Context(baseUrl.TrimEnd('/') + document.Url, zone, culture);
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Escape(document.Title)).Append("\n\n");
        AppendCard(md, document, labels);

        foreach (var section in document.Transcript.Questions)
        {
            var text = section.Question.Text.Length > 0 ? section.Question.Text : section.QuestionPost?.Text ?? string.Empty;
            md.Append("## Q").Append(section.Question.Number.ToString(CultureInfo.InvariantCulture));
            md.Append(text.Length > 0 ? ": " + MarkdownText.OneLine(text) : string.Empty).Append("\n\n");
            AppendQuotes(md, Starred(section.GuestAnswers).Concat(Starred(section.Answers)), context);
        }

        var more = Starred(document.Transcript.Conversation).ToList();
        if (more.Count > 0)
        {
            md.Append("## ").Append(MarkdownText.Escape(labels.MoreHighlights)).Append("\n\n");
            AppendQuotes(md, more, context);
        }

        if (thanks is not null)
        {
            AppendThanks(md, document, thanks);
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>The ids of the posts a recap quotes, read from its permalinks (to flag quotes of posts hidden since).</summary>
    public static IReadOnlyList<long> QuotedPostIds(string markdown) =>
        [.. Permalink().Matches(markdown ?? string.Empty)
            .Select(m => long.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture))
            .Distinct()];

    /// <summary>
    /// The blog-ready fragment (SPEC rule 24): the recap's HTML with the site's own links (@handles, #tags, permalinks
    /// written relative) made absolute, so it works pasted anywhere.
    /// </summary>
    public static string AbsoluteLinks(string html, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(html);
        return html.Replace("href=\"/", "href=\"" + baseUrl.TrimEnd('/') + "/", StringComparison.Ordinal);
    }

    /// <summary>"June 6, 2019", "6 juin 2019", "2019年6月6日": the culture's long date without the weekday.</summary>
    public static string Date(DateTimeOffset at, TimeZoneInfo zone, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var pattern = Weekday().Replace(culture.DateTimeFormat.LongDatePattern, string.Empty).Trim(' ', ',');
        return TimeZoneInfo.ConvertTime(at, zone).ToString(pattern, culture);
    }

    private static void AppendCard(StringBuilder md, TranscriptDocument document, RecapLabels labels)
    {
        if (document.Guests.Count > 0)
        {
            var guests = string.Join(", ", document.Guests.Select(g => $"{MarkdownText.Escape(g.DisplayName)} (@{g.Handle})"));
            md.Append("**").Append(document.Guests.Count == 1 ? labels.Guest : labels.Guests).Append("** ").Append(guests).Append("\n\n");
        }

        if (!string.IsNullOrWhiteSpace(document.Topic))
        {
            md.Append("**").Append(labels.Topic).Append("** ").Append(MarkdownText.Escape(MarkdownText.OneLine(document.Topic))).Append("\n\n");
        }

        if (!string.IsNullOrWhiteSpace(document.Format))
        {
            md.Append("**").Append(labels.Format).Append("** ").Append(MarkdownText.Escape(MarkdownText.OneLine(document.Format))).Append("\n\n");
        }
    }

    /// <summary>
    /// Everyone with a post in the transcript that is not a question, in the order they first posted, the host aside
    /// (the recap is theirs): "Thank you to everyone who took part: @ana, @ben (first chat)."
    /// </summary>
    private static void AppendThanks(StringBuilder md, TranscriptDocument document, RecapThanks thanks)
    {
        var nodes = document.Transcript.Questions.SelectMany(q => q.GuestAnswers.Concat(q.Answers)).Concat(document.Transcript.Conversation);
        var people = TranscriptWalk.DepthFirst(nodes).Select(x => x.Node.Post)
            .Where(p => p.Kind != PostKind.Question && p.Author.Role != AuthorRole.Host)
            .OrderBy(p => p.Sequence)
            .Select(p => p.Author.Handle)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(handle => "@" + handle + (thanks.Newcomers.Contains(handle) ? " (" + MarkdownText.Escape(thanks.FirstChat) + ")" : string.Empty))
            .ToList();
        if (people.Count > 0)
        {
            md.Append(MarkdownText.Escape(thanks.Lead)).Append(' ').Append(string.Join(", ", people)).Append('\n');
        }
    }

    private static IEnumerable<TranscriptPost> Starred(IReadOnlyList<TranscriptNode> nodes) =>
        TranscriptWalk.DepthFirst(nodes).Select(x => x.Node.Post).Where(p => p.Highlighted);

    private static void AppendQuotes(StringBuilder md, IEnumerable<TranscriptPost> posts, Context context)
    {
        foreach (var post in posts)
        {
            var lines = post.Text.Split('\n');
            var label = TranscriptCard.Label(post);
            for (var i = 0; i < lines.Length; i++)
            {
                md.Append('>');
                var line = (i == 0 && label is not null ? label + ": " : string.Empty) + lines[i].TrimEnd();
                md.Append(line.Length > 0 ? " " + line : string.Empty).Append('\n');
            }

            md.Append(">\n> — ").Append(MarkdownText.Escape(post.Author.DisplayName)).Append(" (@").Append(post.Author.Handle).Append(") [")
                .Append(Date(post.CreatedAt, context.Zone, context.Culture)).Append("](")
                .Append(context.ChatUrl).Append("#post-").Append(post.Id.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        }
    }

    private sealed record Context(string ChatUrl, TimeZoneInfo Zone, CultureInfo Culture);

    [GeneratedRegex(@"#post-(\d{1,18})\b")]
    private static partial Regex Permalink();

    [GeneratedRegex(@"d{4},?")]
    private static partial Regex Weekday();
}
