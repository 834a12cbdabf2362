namespace CommunityChat.Web.Data;

/// <summary>A personal access token. Only the SHA-256 hash of the secret is stored.</summary>
public class AccessToken
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public User User { get; set; } = null!;

    public string Name { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
