using CommunityChat.Core.Posts;
using CommunityChat.Core.Transcripts;

namespace CommunityChat.Core.Tests.Transcripts;

/// <summary>Builds transcript posts tersely; sequence numbers double as ids so tests read like a feed.</summary>
internal static class Sample
{
    public static readonly DateTimeOffset Start = new(2019, 6, 6, 17, 0, 0, TimeSpan.Zero);

    public static readonly TranscriptAuthor Host = new("madalyn", "Madalyn Sklar", AuthorRole.Host);
    public static readonly TranscriptAuthor Guest = new("gene", "Gene Petrov", AuthorRole.Guest);
    public static readonly TranscriptAuthor Ann = new("ann", "Ann Lee", AuthorRole.Participant);
    public static readonly TranscriptAuthor Bob = new("bob", "Bob Roe", AuthorRole.Participant);

    public static TranscriptQuestion Asked(int number, string text) => new(number, text, Start.AddMinutes(number * 5));

    public static TranscriptPost Question(long seq, int number, string text, bool highlighted = false) =>
        Post(seq, PostKind.Question, Host, text, label: $"Q{number}", question: number, highlighted: highlighted);

    public static TranscriptPost Answer(long seq, TranscriptAuthor author, int number, string text, char? part = null,
        long? replyTo = null, bool highlighted = false) =>
        Post(seq, PostKind.Answer, author, text, new AnswerLabel(number, part).ToString(), number, part, replyTo, highlighted);

    public static TranscriptPost Reply(long seq, TranscriptAuthor author, long replyTo, string text, bool highlighted = false) =>
        Post(seq, PostKind.Reply, author, text, replyTo: replyTo, highlighted: highlighted);

    public static TranscriptPost Comment(long seq, TranscriptAuthor author, string text, bool highlighted = false) =>
        Post(seq, PostKind.Comment, author, text, highlighted: highlighted);

    public static long[] Ids(IEnumerable<TranscriptNode> nodes) => [.. nodes.Select(n => n.Post.Id)];

    private static TranscriptPost Post(long seq, PostKind kind, TranscriptAuthor author, string text, string? label = null,
        int? question = null, char? part = null, long? replyTo = null, bool highlighted = false) =>
        new(seq, seq, kind, label, question, part, replyTo, author, text, PostMarkdown.ToHtml(text),
            Start.AddMinutes(seq), Likes: 0, highlighted);
}
