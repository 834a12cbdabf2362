namespace CommunityChat.Core.Transcripts;

public sealed record TranscriptNode(TranscriptPost Post, IReadOnlyList<TranscriptNode> Replies);
