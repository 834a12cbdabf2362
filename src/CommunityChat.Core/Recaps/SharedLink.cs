using CommunityChat.Core.Transcripts;

namespace CommunityChat.Core.Recaps;

/// <summary>A link shared in a chat, with the post that shared it first.</summary>
public sealed record SharedLink(string Url, TranscriptAuthor SharedBy, long PostId, DateTimeOffset At);
