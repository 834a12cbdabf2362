namespace CommunityChat.Core.Transcripts;

public sealed record Transcript(IReadOnlyList<QuestionSection> Questions, IReadOnlyList<TranscriptNode> Conversation);
