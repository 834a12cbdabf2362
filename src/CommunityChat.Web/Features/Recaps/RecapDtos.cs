namespace CommunityChat.Web.Features.Recaps;

/// <summary>What the console's editor shows: the draft, whether and when it was published, and quotes gone stale.</summary>
public sealed record RecapEditorDto(
    string Markdown,
    DateTime? UpdatedAt,
    DateTime? PublishedAt,
    bool PublishedIsCurrent,
    string? Url,
    IReadOnlyList<HiddenQuote> HiddenQuotes);

/// <summary>A post the recap quotes that a moderator has hidden since: flagged in the editor, never silently kept.</summary>
public sealed record HiddenQuote(long PostId, string Handle, string? Label, string Excerpt, string? Reason);

public sealed record RecapDraftDto(string Markdown);

public sealed record RecapPreviewDto(string Html, IReadOnlyList<HiddenQuote> HiddenQuotes);

public sealed record RecapRequest(string? Markdown, bool Publish);

public sealed record RecapPreviewRequest(string? Markdown);
