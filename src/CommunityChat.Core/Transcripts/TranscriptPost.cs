using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

/// <summary>A visible post as the transcript and its exports see it. Text is the Markdown source without the label.</summary>
public sealed record TranscriptPost(long Id, long Sequence, PostKind Kind, string? Label, int? QuestionNumber, char? Part,
    long? ReplyToId, TranscriptAuthor Author, string Text, string Html, DateTimeOffset CreatedAt, int Likes, bool Highlighted);
