namespace CommunityChat.Web.Tests.Polls;

public sealed record PollView(
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

public static class PollEventExtensions
{
    public static PollView Poll(this HubEvent e) => e.Arguments[0].Deserialize<PollView>(Http.Json)!;
}
