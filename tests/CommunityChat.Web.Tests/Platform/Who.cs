namespace CommunityChat.Web.Tests.Platform;

/// <summary>Who may: the sets the rows name.</summary>
public static class Who
{
    public static readonly Role[] Anyone = Enum.GetValues<Role>();

    public static readonly Role[] SignedIn = [.. Anyone.Except([Role.Reader])];

    /// <summary>Everyone signed in who takes part in the community: the banned participant does not.</summary>
    public static readonly Role[] Members = [.. SignedIn.Except([Role.BannedParticipant])];

    public static readonly Role[] Moderators = [Role.Moderator, Role.Admin];

    public static readonly Role[] Admin = [Role.Admin];

    /// <summary>The participant, who wrote the post (or owns the token) the row acts on.</summary>
    public static readonly Role[] Owner = [Role.Participant];
}
