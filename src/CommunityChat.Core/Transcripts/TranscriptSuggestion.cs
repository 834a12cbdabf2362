namespace CommunityChat.Core.Transcripts;

/// <summary>An audience question that was never asked, with its votes, as transcripts and exports list it (SPEC rule 22).</summary>
public sealed record TranscriptSuggestion(string Text, TranscriptAuthor Author, int Votes);
