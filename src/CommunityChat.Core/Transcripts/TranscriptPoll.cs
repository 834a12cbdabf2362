namespace CommunityChat.Core.Transcripts;

/// <summary>A closed poll of a chat with its final results, as transcripts and exports show it (SPEC rule 9).</summary>
public sealed record TranscriptPoll(string Question, IReadOnlyList<TranscriptPollOption> Options, DateTimeOffset ClosedAt)
{
    public int Total => Options.Sum(o => o.Votes);
}

public sealed record TranscriptPollOption(string Text, int Votes);
