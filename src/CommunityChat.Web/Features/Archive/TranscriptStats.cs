using CommunityChat.Core.Posts;
using CommunityChat.Core.Transcripts;

namespace CommunityChat.Web.Features.Archive;

/// <summary>The transcript's numbers at a glance (SPEC rule 11, basic form).</summary>
public sealed record TranscriptStats(int Participants, int Posts, IReadOnlyList<(int Number, int Answers)> AnswersPerQuestion)
{
    public static TranscriptStats From(Transcript transcript)
    {
        var posts = TranscriptExport.Flatten(transcript).ToList();
        var perQuestion = transcript.Questions
            .Select(s => (s.Question.Number, Answers: Count(s.GuestAnswers) + Count(s.Answers)))
            .ToList();
        return new TranscriptStats(
            posts.Where(p => p.Kind != PostKind.Question).Select(p => p.Author.Handle).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            posts.Count,
            perQuestion);
    }

    private static int Count(IReadOnlyList<TranscriptNode> nodes) =>
        nodes.Count(n => n.Post.Kind == PostKind.Answer);
}
