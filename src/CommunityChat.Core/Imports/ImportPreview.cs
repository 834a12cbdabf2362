namespace CommunityChat.Core.Imports;

/// <summary>
/// What an import would create, shown to the moderator before anything is stored (SPEC rule 15).
/// <see cref="Posts"/> holds the Qn tweets too, as kind Question; <see cref="Skipped"/> says what was left out and why.
/// </summary>
/// <param name="Card">The Guest/Topic/Format lines of pasted text; all null for JSON.</param>
/// <param name="Hashtag">The hashtag most posts carry, without '#', or null.</param>
/// <param name="Date">The earliest post's date.</param>
/// <param name="GuestHandle">The author whose display name begins with the card's guest, or null.</param>
/// <param name="HostHandle">The author of the Qn tweets (the most frequent one), or null.</param>
/// <param name="Questions">By number; one that answers refer to but whose Qn tweet is missing has Text "" and Missing.</param>
/// <param name="Posts">In time order (JSON) or order of appearance (pasted text).</param>
/// <param name="Authors">Distinct authors in order of first appearance in <see cref="Posts"/>.</param>
/// <param name="Skipped">In line (text) or item (JSON) order.</param>
/// <param name="Fingerprint">Hex SHA-256 of the posts' authors, dates, labels and texts, so a repeated import is recognised.</param>
public sealed record ImportPreview(
    ImportCard Card,
    string? Hashtag,
    DateOnly? Date,
    string? GuestHandle,
    string? HostHandle,
    IReadOnlyList<ImportedQuestion> Questions,
    IReadOnlyList<ImportedPost> Posts,
    IReadOnlyList<ImportedAuthor> Authors,
    IReadOnlyList<ImportSkip> Skipped,
    string Fingerprint);
