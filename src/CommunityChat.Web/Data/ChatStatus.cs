namespace CommunityChat.Web.Data;

public enum ChatStatus
{
    Draft,
    Scheduled,
    Live,
    Ended,
}
