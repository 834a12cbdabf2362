using CommunityChat.Core.Imports;
using CommunityChat.Core.Posts;

namespace CommunityChat.Web.Features.Imports;

/// <summary>What the moderator may set besides the record itself (SPEC rule 15: title, hashtag and date as query parameters).</summary>
public sealed record ImportOptions(string? Title, string? Hashtag, DateOnly? Date);

/// <summary>
/// What an import would create, shown before anything is written: the chat's card, every post with its label, author
/// and time, the people (existing accounts or new unclaimed profiles), what was skipped and why.
/// </summary>
public sealed record ImportPlan(
    string Title,
    string Hashtag,
    DateOnly Date,
    string? Topic,
    string? Format,
    string? Guest,
    string? Host,
    IReadOnlyList<ImportedQuestion> Questions,
    IReadOnlyList<ImportPlanPost> Posts,
    IReadOnlyList<ImportPlanPerson> People,
    IReadOnlyList<ImportSkip> Skipped,
    string Fingerprint,
    string? AlreadyImportedUrl,
    bool FromJson);

public sealed record ImportPlanPost(
    int Line, PostKind Kind, string? Label, int? QuestionNumber, char? Part, string Handle, string DisplayName, AuthorRole Role, DateTime At, string Text,
    string? SourceId, string? ReplyToSourceId);

public sealed record ImportPlanPerson(string Handle, string DisplayName, bool HasAccount, int Posts);
