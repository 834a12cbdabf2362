namespace CommunityChat.Web.Features.Polls;

/// <summary>POST /api/polls/{id}/votes: the 0-based option.</summary>
public sealed record VoteRequest(int? Option);
