namespace CommunityChat.Core.Transcripts;

/// <summary>An asked question; unasked ones are secret (SPEC rule 2) and are never passed in.</summary>
public sealed record TranscriptQuestion(int Number, string Text, DateTimeOffset? AskedAt);
