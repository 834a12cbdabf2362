namespace CommunityChat.Core.Transcripts;

/// <summary>A transcript with its card: what every export is made from.</summary>
public sealed record TranscriptDocument(string Title, string CommunityName, string Hashtag, string? Topic, string? Format,
    IReadOnlyList<TranscriptAuthor> Guests, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string Url, Transcript Transcript)
{
    /// <summary>The chat's closed polls with their results, oldest first.</summary>
    public IReadOnlyList<TranscriptPoll> Polls { get; init; } = [];

    /// <summary>The audience questions never asked (rule 22), most votes first.</summary>
    public IReadOnlyList<TranscriptSuggestion> Suggestions { get; init; } = [];
}
