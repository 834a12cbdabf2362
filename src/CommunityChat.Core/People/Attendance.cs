namespace CommunityChat.Core.People;

/// <summary>One person took part in one chat (SPEC rule 32): they have at least one post there the public sees.</summary>
public readonly record struct Attendance(int ChatId, int PersonId);
