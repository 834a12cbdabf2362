namespace CommunityChat.Web.Data;

/// <summary>
/// One person took part in one ended chat (SPEC rule 32): they have a post there the public sees that is not a
/// question. Kept from the posts by <see cref="AttendanceKeeping"/>; never written by hand.
/// </summary>
public class ChatAttendance
{
    public int ChatId { get; set; }

    public int UserId { get; set; }

    public int CommunityId { get; set; }
}
