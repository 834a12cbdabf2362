namespace CommunityChat.Web.Data;

public enum ClaimStatus
{
    Pending,
    Confirmed,
    Declined,
}
