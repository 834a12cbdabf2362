namespace CommunityChat.Core.People;

/// <summary>How the list of everyone is ordered (SPEC rule 32).</summary>
public enum PeopleSort
{
    /// <summary>Most chats first; among equals, the longest-standing first.</summary>
    Chats,

    /// <summary>The longest-standing first (by their first chat); among equals, most chats first.</summary>
    FirstChat,
}
