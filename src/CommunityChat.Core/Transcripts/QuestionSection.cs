namespace CommunityChat.Core.Transcripts;

public sealed record QuestionSection(TranscriptQuestion Question, TranscriptPost? QuestionPost,
    IReadOnlyList<TranscriptNode> GuestAnswers, IReadOnlyList<TranscriptNode> Answers);
