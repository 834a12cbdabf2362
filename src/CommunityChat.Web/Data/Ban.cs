namespace CommunityChat.Web.Data;

public class Ban
{
    public int Id { get; set; }

    public int CommunityId { get; set; }

    public int UserId { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>Null: until lifted.</summary>
    public DateTime? Until { get; set; }

    public int ByUserId { get; set; }

    public DateTime CreatedAt { get; set; }
}
