namespace CommunityChat.Core.People;

/// <summary>One person in one community (SPEC rule 32): how many of its ended chats they took part in, the first and the latest.</summary>
public sealed record PersonFigures(int PersonId, int Chats, int FirstChatId, int LastChatId);
