using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Features.Chats;
using Microsoft.AspNetCore.Mvc;

namespace CommunityChat.Web.Base.Live;

/// <summary>Running a chat from the console: start, ask, settings, end (SPEC rules 1, 2, 8). Moderators only.</summary>
public sealed partial class ChatHub
{
    public Task<ChatDto> Start(int chatId, [FromServices] ChatLifecycle lifecycle) => lifecycle.StartAsync(chatId, UserId);

    public Task<ChatDto> End(int chatId, [FromServices] ChatLifecycle lifecycle) => lifecycle.EndAsync(chatId, UserId);

    public Task<PostDto> Ask(int chatId, int n, [FromServices] ChatLifecycle lifecycle) => lifecycle.AskAsync(chatId, n, UserId);

    public Task<ChatDto> SetSlowMode(int chatId, int seconds, [FromServices] ChatLifecycle lifecycle) =>
        lifecycle.UpdateSettingsAsync(chatId, UserId, new ChatSettingsRequest(seconds, null, null));

    public Task<ChatDto> SetLock(int chatId, bool on, [FromServices] ChatLifecycle lifecycle) =>
        lifecycle.UpdateSettingsAsync(chatId, UserId, new ChatSettingsRequest(null, on, null));

    public Task<ChatDto> SetAutopilot(int chatId, bool on, [FromServices] ChatLifecycle lifecycle) =>
        lifecycle.UpdateSettingsAsync(chatId, UserId, new ChatSettingsRequest(null, null, on));

    /// <summary>Approve before publish (rule 20).</summary>
    public Task<ChatDto> SetPremoderation(int chatId, bool on, [FromServices] ChatLifecycle lifecycle) =>
        lifecycle.UpdateSettingsAsync(chatId, UserId, new ChatSettingsRequest(null, null, null, on));
}
