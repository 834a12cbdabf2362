using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

public sealed record TranscriptAuthor(string Handle, string DisplayName, AuthorRole Role);
