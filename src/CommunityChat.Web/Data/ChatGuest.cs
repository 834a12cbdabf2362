namespace CommunityChat.Web.Data;

public class ChatGuest
{
    public int ChatId { get; set; }

    public int UserId { get; set; }

    public User User { get; set; } = null!;
}
