using System.Text.Json;

namespace CommunityChat.Web.Tests.Infrastructure;

/// <summary>One server → client event as it arrived: its name and its arguments' JSON.</summary>
public sealed record HubEvent(string Name, IReadOnlyList<JsonElement> Arguments)
{
    public string Raw => Name + " " + string.Join(", ", Arguments.Select(a => a.GetRawText()));

    public PostView Post => Arguments[0].Deserialize<PostView>(Http.Json)!;

    public ChatView Chat => Arguments[0].Deserialize<ChatView>(Http.Json)!;

    /// <summary>PostRemoved(chatId, postId): the post id.</summary>
    public long RemovedPostId => Arguments[1].GetInt64();
}
