using CommunityChat.Web.Base.Posts;
using CommunityChat.Web.Data;

namespace CommunityChat.Web.Base.Suggestions;

/// <summary>
/// An audience question as the API and the hub show it (SPEC rule 22, section 4). <see cref="QuestionNumber"/> is set
/// once it was asked. <see cref="Voted"/> describes the account asking; in a broadcast it is false.
/// </summary>
public sealed record SuggestionDto(
    long Id,
    int ChatId,
    string Text,
    AuthorDto Author,
    int Votes,
    SuggestionStatus Status,
    int? QuestionNumber,
    DateTime CreatedAt,
    bool Voted);
