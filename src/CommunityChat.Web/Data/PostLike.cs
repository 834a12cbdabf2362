namespace CommunityChat.Web.Data;

public class PostLike
{
    public long PostId { get; set; }

    public int UserId { get; set; }
}
