using CommunityChat.Web.Base.Posts;

namespace CommunityChat.Web.Features.Search;

/// <summary>
/// One post found (SPEC section 4). <see cref="Snippet"/> is HTML: the post's plain text, encoded, around the words
/// found, each in <c>&lt;mark&gt;</c> — nothing from the post can become markup. <see cref="Label"/> (A1b, Q3) is
/// added to the contract's fields for display.
/// </summary>
public sealed record SearchResultDto(
    long PostId, int ChatId, string ChatTitle, string Url, AuthorDto Author, DateTime CreatedAt, string Text, string Snippet, string? Label);

public sealed record SearchResultsDto(IReadOnlyList<SearchResultDto> Results, int Total);
