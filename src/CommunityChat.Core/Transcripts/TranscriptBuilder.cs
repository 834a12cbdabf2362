using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

/// <summary>Groups a chat's visible posts into the transcript of SPEC rule 11.</summary>
public static class TranscriptBuilder
{
    /// <summary>
    /// Sections in question-number order: every asked question, plus any number that has answers or a question
    /// post without a <see cref="TranscriptQuestion"/> (Text "", as imports produce). Labelled answers always sit in
    /// their question's section, even when they were sent as replies, so a self-thread A1, A1b, A1c reads flat.
    /// </summary>
    public static Transcript Build(IEnumerable<TranscriptQuestion> questions, IEnumerable<TranscriptPost> posts,
        TranscriptView view = TranscriptView.All)
    {
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(posts);

        var full = TranscriptGrouping.Group(questions, posts);
        return view switch
        {
            TranscriptView.Guest => GuestOnly(full),
            TranscriptView.Highlights => HighlightsOnly(full),
            _ => full,
        };
    }

    private static Transcript GuestOnly(Transcript full)
    {
        // A section that exists only because participants answered an unknown number has nothing to show here.
        var sections = full.Questions
            .Where(s => s.Question.AskedAt is not null || s.Question.Text.Length > 0 || s.QuestionPost is not null || s.GuestAnswers.Count > 0)
            .Select(s => s with { Answers = [] })
            .ToList();
        return new Transcript(sections, []);
    }

    private static Transcript HighlightsOnly(Transcript full)
    {
        var sections = new List<QuestionSection>();
        foreach (var section in full.Questions)
        {
            var guestPosts = TranscriptWalk.DepthFirst(section.GuestAnswers).Select(x => x.Node.Post);
            var otherPosts = TranscriptWalk.DepthFirst(section.Answers).Select(x => x.Node.Post);
            var highlighted = guestPosts.Concat(otherPosts).Where(p => p.Highlighted).OrderBy(p => p.Sequence).ToList();

            // Replies to a guest answer are not guest answers: only the guest's own answers stay in that group.
            var guest = highlighted.Where(IsGuestAnswer).Select(Leaf).ToList();
            var others = highlighted.Where(p => !IsGuestAnswer(p)).Select(Leaf).ToList();
            var questionPost = section.QuestionPost is { Highlighted: true } q ? q : null;

            if (questionPost is not null || guest.Count > 0 || others.Count > 0)
            {
                sections.Add(new QuestionSection(section.Question, questionPost, guest, others));
            }
        }

        var conversation = TranscriptWalk.DepthFirst(full.Conversation)
            .Select(x => x.Node.Post)
            .Where(p => p.Highlighted)
            .OrderBy(p => p.Sequence)
            .Select(Leaf)
            .ToList();
        return new Transcript(sections, conversation);
    }

    private static bool IsGuestAnswer(TranscriptPost post) => post.Kind == PostKind.Answer && post.Author.Role == AuthorRole.Guest;

    private static TranscriptNode Leaf(TranscriptPost post) => new(post, []);
}
