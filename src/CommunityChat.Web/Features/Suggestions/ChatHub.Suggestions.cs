using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Base.Suggestions;
using CommunityChat.Web.Features.Suggestions;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// Audience questions in the room (SPEC rule 22): participants suggest and upvote; moderators ask one (the Qn post is
/// the result) or dismiss it.
/// </summary>
public sealed partial class ChatHub
{
    public Task<SuggestionDto> Suggest(int chatId, string? text, [FromServices] SuggestionService suggestions) =>
        suggestions.SuggestAsync(chatId, UserId, text);

    public Task<SuggestionDto> VoteSuggestion(long suggestionId, [FromServices] SuggestionService suggestions) =>
        suggestions.VoteAsync(suggestionId, UserId);

    public Task<PostDto> AskSuggestion(long suggestionId, [FromServices] SuggestionService suggestions) =>
        suggestions.AskAsync(suggestionId, UserId);

    public Task<SuggestionDto> DismissSuggestion(long suggestionId, [FromServices] SuggestionService suggestions) =>
        suggestions.DismissAsync(suggestionId, UserId);
}
