using System.Globalization;
using System.Text;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

/// <summary>
/// Transcript exports (SPEC rule 12). Every export holds the card and every post of <see cref="Flatten"/>, in that
/// order; only the shape differs.
/// </summary>
public static class TranscriptExport
{
    public static IEnumerable<TranscriptPost> Flatten(Transcript t)
    {
        ArgumentNullException.ThrowIfNull(t);
        foreach (var section in t.Questions)
        {
            if (section.QuestionPost is { } question)
            {
                yield return question;
            }

            foreach (var (node, _) in TranscriptWalk.DepthFirst(section.GuestAnswers.Concat(section.Answers)))
            {
                yield return node.Post;
            }
        }

        foreach (var (node, _) in TranscriptWalk.DepthFirst(t.Conversation))
        {
            yield return node.Post;
        }
    }

    public static string ToMarkdown(TranscriptDocument doc) => TranscriptMarkdown.Write(doc);

    public static string ToCsv(TranscriptDocument doc) => TranscriptCsv.Write(doc);

    /// <summary>
    /// The card, then per post "Name (@handle) · time", "Label: text #Hashtag" and a blank line. The hashtag is not
    /// added again when the text already carries it.
    /// </summary>
    public static string ToTweetText(TranscriptDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var text = new StringBuilder();
        text.Append(doc.Title).Append('\n');
        foreach (var (name, value) in TranscriptCard.Lines(doc))
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}: {value}\n");
        }

        text.Append('\n');
        var hashtag = TranscriptCard.Hashtag(doc);
        foreach (var post in Flatten(doc.Transcript))
        {
            text.Append(TranscriptCard.Attribution(post)).Append('\n');
            if (TranscriptCard.Label(post) is { } label)
            {
                text.Append(label).Append(": ");
            }

            text.Append(post.Text);
            if (hashtag is not null && !TagSyntax.ContainsHashtag(post.Text, hashtag[1..]))
            {
                text.Append(' ').Append(hashtag);
            }

            text.Append("\n\n");
        }

        foreach (var poll in doc.Polls)
        {
            text.Append("Poll: ").Append(poll.Question).Append('\n');
            foreach (var line in TranscriptCard.PollLines(poll))
            {
                text.Append("- ").Append(line).Append('\n');
            }

            text.Append('\n');
        }

        if (doc.Suggestions.Count > 0)
        {
            text.Append("Audience questions not asked:\n");
            foreach (var suggestion in doc.Suggestions)
            {
                text.Append("- ").Append(TranscriptCard.SuggestionLine(suggestion)).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
