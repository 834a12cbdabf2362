using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Features.Live;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Base.Live;

/// <summary>An author's own posts (SPEC rule 28): edit the text for 15 minutes, delete at any time.</summary>
public sealed partial class ChatHub
{
    public Task<PostDto> Edit(long postId, string text, [FromServices] OwnPostsService own) =>
        own.EditAsync(postId, UserId, text, Context.ConnectionAborted);

    public Task Delete(long postId, [FromServices] OwnPostsService own) =>
        own.DeleteAsync(postId, UserId, Context.ConnectionAborted);
}
