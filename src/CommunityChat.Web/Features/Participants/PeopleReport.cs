namespace CommunityChat.Web.Features.Participants;

/// <summary>What the people page shows: the API's figures, where each counted chat lives, and the page of everyone on show.</summary>
public sealed record PeopleReport(PeopleDto Figures, IReadOnlyDictionary<int, ChatLink> Chats, int Page, int Pages);
