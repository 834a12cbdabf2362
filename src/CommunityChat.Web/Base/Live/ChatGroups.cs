using System.Globalization;

namespace CommunityChat.Web.Base.Live;

/// <summary>
/// Each connection in a room is in exactly one group: moderators see hidden posts and every question's state,
/// everyone else sees only what may be shown. Sending to the right group is how secrecy holds on the wire.
/// </summary>
public static class ChatGroups
{
    public static string Moderators(int chatId) => string.Create(CultureInfo.InvariantCulture, $"chat:{chatId}:moderators");

    public static string Everyone(int chatId) => string.Create(CultureInfo.InvariantCulture, $"chat:{chatId}:everyone");

    public static string For(int chatId, bool moderator) => moderator ? Moderators(chatId) : Everyone(chatId);
}
