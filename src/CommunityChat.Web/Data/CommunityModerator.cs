namespace CommunityChat.Web.Data;

public class CommunityModerator
{
    public int CommunityId { get; set; }

    public int UserId { get; set; }

    public User User { get; set; } = null!;
}
