namespace CommunityChat.Web.Base.Polls;

/// <summary>
/// A poll as one viewer may see it (SPEC rule 9). <see cref="Counts"/> (votes per option) and <see cref="Total"/> are
/// null while the poll is open for anyone who has not voted and is not a moderator; after it closes, everyone gets them.
/// <see cref="Voted"/> and <see cref="MyVote"/> describe the account asking; in a broadcast <see cref="MyVote"/> is null.
/// </summary>
public sealed record PollDto(
    long Id,
    int ChatId,
    string Question,
    IReadOnlyList<string> Options,
    DateTime OpensAt,
    DateTime ClosesAt,
    bool Closed,
    IReadOnlyList<int>? Counts,
    int? Total,
    bool Voted,
    int? MyVote);
