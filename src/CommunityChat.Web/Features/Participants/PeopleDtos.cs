namespace CommunityChat.Web.Features.Participants;

/// <summary><c>GET /api/communities/{slug}/people</c> (SPEC rule 32); <see cref="People"/> is one page of <see cref="Total"/>.</summary>
public sealed record PeopleDto(
    IReadOnlyList<PersonDto> Regulars,
    IReadOnlyList<PersonDto> Newcomers,
    IReadOnlyList<PersonDto> People,
    int Total,
    IReadOnlyList<PeopleChatDto> Chats);

/// <summary>One person in one community: how many of its ended chats they took part in, the first and the latest.</summary>
public sealed record PersonDto(string Handle, string DisplayName, int Chats, int FirstChatId, int LastChatId);

/// <summary>One of the last chats: how many took part, how many of them came back from an earlier chat, and the share.</summary>
public sealed record PeopleChatDto(int Id, string Title, DateTime? EndedAt, int Participants, int Returning, double ReturningRate);
