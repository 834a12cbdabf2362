using System.Globalization;
using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

/// <summary>The card and per-post labels, built once so the Markdown, CSV and text exports cannot drift apart (SPEC rule 12).</summary>
internal static class TranscriptCard
{
    public static IReadOnlyList<(string Name, string Value)> Lines(TranscriptDocument doc)
    {
        var lines = new List<(string, string)>();
        if (doc.Guests.Count > 0)
        {
            var guests = string.Join(", ", doc.Guests.Select(g => $"{g.DisplayName} (@{g.Handle})"));
            lines.Add((doc.Guests.Count == 1 ? "Guest" : "Guests", guests));
        }

        if (!string.IsNullOrWhiteSpace(doc.Topic))
        {
            lines.Add(("Topic", doc.Topic.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(doc.Format))
        {
            lines.Add(("Format", doc.Format.Trim()));
        }

        lines.Add(("Community", doc.CommunityName));
        if (Hashtag(doc) is { } hashtag)
        {
            lines.Add(("Hashtag", hashtag));
        }

        if (doc.StartedAt is { } started)
        {
            var when = doc.EndedAt is { } ended ? $"{Time(started)} – {Time(ended)}" : Time(started);
            lines.Add(("Time", when));
        }

        lines.Add(("Link", doc.Url));
        return lines;
    }

    /// <summary>"#Tag", whether the document holds it with or without '#'; null when the chat has none.</summary>
    /// <summary>"Ann (@ann), 4 votes: the question", one line per audience question never asked (rule 22).</summary>
    public static string SuggestionLine(TranscriptSuggestion suggestion) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{suggestion.Author.DisplayName} (@{suggestion.Author.Handle}), {suggestion.Votes} {(suggestion.Votes == 1 ? "vote" : "votes")}: {suggestion.Text}");

    /// <summary>"Red: 3 votes (60%)", one line per option, in the poll's order.</summary>
    public static IEnumerable<string> PollLines(TranscriptPoll poll) => poll.Options.Select(option =>
        string.Create(CultureInfo.InvariantCulture,
            $"{option.Text}: {option.Votes} {(option.Votes == 1 ? "vote" : "votes")} ({(poll.Total == 0 ? 0 : Math.Round(100.0 * option.Votes / poll.Total))}%)"));

    public static string? Hashtag(TranscriptDocument doc) => TagSyntax.BareHashtag(doc.Hashtag) is { } bare ? "#" + bare : null;

    public static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string IsoTime(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The label a reader sees: the stored one, else one rebuilt from the question number and part.</summary>
    public static string? Label(TranscriptPost post) => post switch
    {
        { Label: { Length: > 0 } label } => label,
        { Kind: PostKind.Question, QuestionNumber: { } q } => string.Create(CultureInfo.InvariantCulture, $"Q{q}"),
        { Kind: PostKind.Answer, QuestionNumber: { } a } => new AnswerLabel(a, post.Part).ToString(),
        _ => null,
    };

    public static string Attribution(TranscriptPost post) =>
        $"{post.Author.DisplayName} (@{post.Author.Handle}) · {Time(post.CreatedAt)}";
}
