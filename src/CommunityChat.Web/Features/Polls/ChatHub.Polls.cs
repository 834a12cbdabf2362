using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Features.Polls;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Base.Live;

/// <summary>Polls in the room (SPEC rule 9): moderators open them, participants vote once; the vote returns the results.</summary>
public sealed partial class ChatHub
{
    public Task<PollDto> OpenPoll(int chatId, string? question, string?[]? options, int? seconds, [FromServices] PollService polls) =>
        polls.OpenAsync(chatId, UserId, new OpenPollRequest(question, options, seconds));

    public Task<PollDto> Vote(long pollId, int option, [FromServices] PollService polls) =>
        polls.VoteAsync(pollId, UserId, option);
}
