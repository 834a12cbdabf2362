using System.Text;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

/// <summary>
/// The Markdown export: title, card, a "## Qn" section per question with the question post, guest answers and
/// answers as nested lists (replies indented under their parent), then "## Conversation". Each post is one list
/// item ending in its attribution line "— Name (@handle) · time", the recap's attribution style.
/// </summary>
internal static class TranscriptMarkdown
{
    public static string Write(TranscriptDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Escape(doc.Title)).Append("\n\n");

        var card = TranscriptCard.Lines(doc);
        for (var i = 0; i < card.Count; i++)
        {
            // Two trailing spaces: a Markdown hard break, so the card keeps one fact per line.
            md.Append(card[i].Name).Append(": ").Append(card[i].Name == "Link" ? card[i].Value : MarkdownText.Escape(card[i].Value)).Append(i < card.Count - 1 ? "  \n" : "\n");
        }

        foreach (var section in doc.Transcript.Questions)
        {
            var text = section.Question.Text.Length > 0 ? section.Question.Text : section.QuestionPost?.Text ?? string.Empty;
            md.Append("\n## Q").Append(section.Question.Number);
            md.Append(text.Length > 0 ? ": " + MarkdownText.OneLine(text) : string.Empty).Append('\n');

            if (section.QuestionPost is { } question)
            {
                md.Append("\n- ");
                AppendPost(md, question, 0);
            }

            AppendGroup(md, "Guest answers", section.GuestAnswers);
            AppendGroup(md, "Answers", section.Answers);
        }

        if (doc.Transcript.Conversation.Count > 0)
        {
            md.Append("\n## Conversation\n");
            AppendNodes(md, doc.Transcript.Conversation);
        }

        AppendPolls(md, doc.Polls);
        AppendSuggestions(md, doc.Suggestions);
        return md.ToString();
    }

    /// <summary>"## Polls", then per poll its question and each option with its votes and share.</summary>
    private static void AppendPolls(StringBuilder md, IReadOnlyList<TranscriptPoll> polls)
    {
        if (polls.Count == 0)
        {
            return;
        }

        md.Append("\n## Polls\n");
        foreach (var poll in polls)
        {
            md.Append("\n### ").Append(MarkdownText.Escape(MarkdownText.OneLine(poll.Question))).Append('\n');
            foreach (var line in TranscriptCard.PollLines(poll))
            {
                md.Append("\n- ").Append(MarkdownText.Escape(line));
            }

            md.Append('\n');
        }
    }

    /// <summary>"## Audience questions not asked", then one line per suggestion: who, its votes, the question.</summary>
    private static void AppendSuggestions(StringBuilder md, IReadOnlyList<TranscriptSuggestion> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return;
        }

        md.Append("\n## Audience questions not asked\n\n");
        foreach (var suggestion in suggestions)
        {
            md.Append("- ").Append(MarkdownText.Escape(MarkdownText.OneLine(TranscriptCard.SuggestionLine(suggestion)))).Append('\n');
        }
    }

    private static void AppendGroup(StringBuilder md, string title, IReadOnlyList<TranscriptNode> nodes)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        md.Append("\n### ").Append(title).Append('\n');
        AppendNodes(md, nodes);
    }

    private static void AppendNodes(StringBuilder md, IReadOnlyList<TranscriptNode> nodes)
    {
        foreach (var (node, depth) in TranscriptWalk.DepthFirst(nodes))
        {
            md.Append('\n').Append(' ', depth * 2).Append("- ");
            AppendPost(md, node.Post, depth);
        }
    }

    private static void AppendPost(StringBuilder md, TranscriptPost post, int depth)
    {
        var indent = new string(' ', (depth * 2) + 2);
        if (TranscriptCard.Label(post) is { } label)
        {
            md.Append("**").Append(label).Append("** ");
        }

        var lines = post.Text.Split('\n');
        md.Append(lines[0]).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            md.Append(line.Length > 0 ? indent + line : string.Empty).Append('\n');
        }

        md.Append('\n').Append(indent).Append("— ").Append(MarkdownText.Escape(TranscriptCard.Attribution(post)));
        md.Append(post.Highlighted ? " · ★" : string.Empty).Append('\n');
    }
}
