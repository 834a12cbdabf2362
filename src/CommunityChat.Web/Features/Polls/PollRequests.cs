namespace CommunityChat.Web.Features.Polls;

/// <summary>POST /api/chats/{id}/polls and the hub's OpenPoll: seconds defaults to 300 (rule 9).</summary>
public sealed record OpenPollRequest(string? Question, IReadOnlyList<string?>? Options, int? Seconds);

/// <summary>POST /api/polls/{id}/votes: the 0-based option.</summary>
public sealed record VoteRequest(int? Option);
