namespace CommunityChat.Web.Features.Suggestions;

/// <summary>POST /api/chats/{id}/suggestions: the suggested question.</summary>
public sealed record SuggestRequest(string? Text);
