namespace CommunityChat.Web.Data;

/// <summary>
/// A person asking for an imported profile to become theirs (SPEC rule 15): a moderator of a community where the
/// profile took part confirms or declines it.
/// </summary>
public class ProfileClaim
{
    public int Id { get; set; }

    /// <summary>The unclaimed profile an import made; null once a confirmed claim merged it into the claimant's account.</summary>
    public int? ProfileId { get; set; }

    public User? Profile { get; set; }

    /// <summary>The profile's handle, kept for the record after the profile is gone.</summary>
    public string ProfileHandle { get; set; } = "";

    public int ClaimantId { get; set; }

    public User Claimant { get; set; } = null!;

    public DateTime CreatedAt { get; set; }

    public ClaimStatus Status { get; set; }

    public DateTime? DecidedAt { get; set; }

    public int? DecidedById { get; set; }
}
