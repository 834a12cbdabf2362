namespace CommunityChat.Web.Tests.Suggestions;

public sealed record SuggestionView(
    long Id,
    int ChatId,
    string Text,
    AuthorView Author,
    int Votes,
    string Status,
    int? QuestionNumber,
    DateTime CreatedAt,
    bool Voted);

public static class SuggestionEventExtensions
{
    public static SuggestionView Suggestion(this HubEvent e) => e.Arguments[0].Deserialize<SuggestionView>(Http.Json)!;
}
