namespace CommunityChat.Core.Transcripts;

/// <summary>The transcript's views (SPEC rule 11).</summary>
public enum TranscriptView
{
    All,
    Guest,
    Highlights,
}
