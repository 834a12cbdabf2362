namespace CommunityChat.Core.Recaps;

/// <summary>
/// The thank-you line that closes a drafted recap (SPEC rule 32): its opening words and the newcomers' mark in the
/// moderator's language ("Thank you to everyone who took part:", "first chat"), and the handles of the chat's newcomers.
/// </summary>
public sealed record RecapThanks(string Lead, string FirstChat, IReadOnlySet<string> Newcomers);
