namespace CommunityChat.Web.Tests.Platform;

/// <summary>The seven people the authorisation matrix asks (issue 9): each row says which of them may make the call.</summary>
public enum Role
{
    Reader,
    Participant,
    BannedParticipant,
    Guest,
    ModeratorOfAnotherCommunity,
    Moderator,
    Admin,
}
