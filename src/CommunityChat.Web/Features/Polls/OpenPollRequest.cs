namespace CommunityChat.Web.Features.Polls;

/// <summary>POST /api/chats/{id}/polls and the hub's OpenPoll: seconds defaults to 300 (rule 9).</summary>
public sealed record OpenPollRequest(string? Question, IReadOnlyList<string?>? Options, int? Seconds);
