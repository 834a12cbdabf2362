using CommunityChat.Web.Base.Chats;

namespace CommunityChat.Browser.Tests;

/// <summary>A community with a moderator, a guest and a participant, and one planned chat with three questions.</summary>
public sealed record ChatScene(string Community, ChatDto Chat, Person Moderator, Person Guest, Person Participant)
{
    public string RoomPath => Chat.Url;

    public string ConsolePath => $"{Chat.Url}/moderate";

    public const string Q1 = "What does leadership look like in a community?";
}
