using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Polls;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Base.Suggestions;

namespace CommunityChat.Web.Base.Live;

/// <summary>The events the server sends to the room (SPEC section 4); a misspelt event is a compile error.</summary>
public interface IChatClient
{
    Task PostAdded(PostDto post);

    Task PostChanged(PostDto post);

    Task PostRemoved(int chatId, long postId);

    Task ChatChanged(ChatDto chat);

    Task OnlineChanged(int chatId, int count);

    /// <summary>A post of the chat was reported, or its reports handled (rule 8): to moderators, who read the queue again.</summary>
    Task ReportsChanged(int chatId);

    /// <summary>A post was held, approved or rejected (rule 20): to moderators and its author only.</summary>
    Task PostHeld(PostDto post);

    /// <summary>A poll opened, closed or got votes; counts only to those rule 9 allows (PollReader).</summary>
    Task PollChanged(PollDto poll);

    /// <summary>An audience question was suggested, asked or dismissed, or got votes (at most twice a second per suggestion).</summary>
    Task SuggestionChanged(SuggestionDto suggestion);
}
