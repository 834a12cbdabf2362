namespace CommunityChat.Web.Tests.Participants;

public sealed record PeopleView(
    IReadOnlyList<PersonView> Regulars, IReadOnlyList<PersonView> Newcomers, IReadOnlyList<PersonView> People, int Total, IReadOnlyList<PeopleChatView> Chats);

public sealed record PersonView(string Handle, string DisplayName, int Chats, int FirstChatId, int LastChatId);

public sealed record PeopleChatView(int Id, string Title, DateTime? EndedAt, int Participants, int Returning, double ReturningRate);
