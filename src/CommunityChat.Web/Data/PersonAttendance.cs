namespace CommunityChat.Web.Data;

/// <summary>
/// One person in one community (SPEC rule 32): how many of its ended chats they took part in, the first (and when it
/// was, for ordering) and the latest. Kept from <see cref="ChatAttendance"/> by <see cref="AttendanceKeeping"/>.
/// </summary>
public class PersonAttendance
{
    public int CommunityId { get; set; }

    public int UserId { get; set; }

    public int Chats { get; set; }

    public int FirstChatId { get; set; }

    public DateTime FirstChatAt { get; set; }

    public int LastChatId { get; set; }
}
