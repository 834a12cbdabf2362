namespace CommunityChat.Web.Data;

/// <summary>An account agreed to a community's code of conduct (SPEC rule 26), once, before its first post there.</summary>
public class CommunityAgreement
{
    public int CommunityId { get; set; }

    public int UserId { get; set; }

    public DateTime AgreedAt { get; set; }
}
