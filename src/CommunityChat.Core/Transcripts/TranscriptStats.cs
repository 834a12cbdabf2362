using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

/// <summary>The transcript's numbers at a glance (SPEC rule 11): people, posts, pace, answers per question, who spoke most.</summary>
public sealed record TranscriptStats(
    int Participants,
    int Posts,
    IReadOnlyList<(int Number, int Answers)> AnswersPerQuestion,
    DateTimeOffset? Start,
    int MinutesPerBar,
    IReadOnlyList<int> PostsPerBar,
    IReadOnlyList<(TranscriptAuthor Author, int Posts)> TopContributors)
{
    public const int TopCount = 5;

    /// <summary>More bars than this and each bar covers several minutes, so the chart stays readable.</summary>
    public const int MaxBars = 120;

    /// <summary>The bar with the most posts (the first of equals), counted from the start.</summary>
    public int BusiestBar => PostsPerBar.Count == 0 ? 0 : PostsPerBar.ToList().IndexOf(PostsPerBar.Max());

    public static TranscriptStats From(Transcript transcript, DateTimeOffset? startedAt)
    {
        var posts = TranscriptExport.Flatten(transcript).ToList();
        var perQuestion = transcript.Questions
            .Select(s => (s.Question.Number, Answers: Count(s.GuestAnswers) + Count(s.Answers)))
            .ToList();
        var people = posts.Where(p => p.Kind != PostKind.Question).ToList();
        var top = people
            .GroupBy(p => p.Author.Handle, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Author: g.First().Author, Posts: g.Count()))
            .OrderByDescending(x => x.Posts).ThenBy(x => x.Author.Handle, StringComparer.OrdinalIgnoreCase)
            .Take(TopCount)
            .ToList();

        var start = startedAt ?? posts.Select(p => (DateTimeOffset?)p.CreatedAt).Min();
        var perBar = new List<int>();
        var minutesPerBar = 1;
        if (start is { } from && posts.Count > 0)
        {
            var minutes = posts.Select(p => (int)Math.Max(0, (p.CreatedAt - from).TotalMinutes)).ToList();
            minutesPerBar = Math.Max(1, (int)Math.Ceiling((minutes.Max() + 1) / (double)MaxBars));
            perBar.AddRange(new int[(minutes.Max() / minutesPerBar) + 1]);
            foreach (var minute in minutes)
            {
                perBar[minute / minutesPerBar]++;
            }
        }

        return new TranscriptStats(
            people.Select(p => p.Author.Handle).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            posts.Count,
            perQuestion,
            start,
            minutesPerBar,
            perBar,
            top);
    }

    private static int Count(IReadOnlyList<TranscriptNode> nodes) =>
        nodes.Count(n => n.Post.Kind == PostKind.Answer);
}
