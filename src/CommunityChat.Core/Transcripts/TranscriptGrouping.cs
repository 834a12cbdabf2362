using CommunityChat.Core.Posts;

namespace CommunityChat.Core.Transcripts;

/// <summary>The full (view "All") grouping: sections, guest answers first, replies nested, conversation.</summary>
internal sealed class TranscriptGrouping
{
    private readonly SortedDictionary<int, SectionParts> _sections = [];
    private readonly Dictionary<long, List<TranscriptPost>> _children = [];
    private readonly List<TranscriptPost> _conversationRoots = [];
    private readonly HashSet<long> _placed = [];

    public static Transcript Group(IEnumerable<TranscriptQuestion> questions, IEnumerable<TranscriptPost> posts)
    {
        var grouping = new TranscriptGrouping();
        foreach (var question in questions)
        {
            grouping.Section(question.Number).Question ??= question;
        }

        var ordered = posts.OrderBy(p => p.Sequence).ThenBy(p => p.Id).ToList();
        var byId = new Dictionary<long, TranscriptPost>();
        foreach (var post in ordered)
        {
            byId.TryAdd(post.Id, post);
        }

        foreach (var post in ordered)
        {
            grouping.Place(post, byId);
        }

        return grouping.ToTranscript(ordered);
    }

    private void Place(TranscriptPost post, Dictionary<long, TranscriptPost> byId)
    {
        if (post.Kind == PostKind.Question && post.QuestionNumber is { } asked)
        {
            var section = Section(asked);
            if (section.QuestionPost is null)
            {
                section.QuestionPost = post;
            }
            else
            {
                section.Answers.Add(post);
            }

            return;
        }

        if (post.Kind == PostKind.Answer && post.QuestionNumber is { } answered)
        {
            var section = Section(answered);
            (post.Author.Role == AuthorRole.Guest ? section.GuestAnswers : section.Answers).Add(post);
            return;
        }

        if (post.ReplyToId is { } parentId && parentId != post.Id && byId.TryGetValue(parentId, out var parent))
        {
            if (parent.Kind == PostKind.Question && parent.QuestionNumber is { } number)
            {
                // Replying to the question is answering it informally: it belongs with the answers.
                Section(number).Answers.Add(post);
                return;
            }

            if (!_children.TryGetValue(parentId, out var siblings))
            {
                _children[parentId] = siblings = [];
            }

            siblings.Add(post);
            return;
        }

        // No parent, or the parent is hidden: the reply still shows, on its own, in the conversation.
        _conversationRoots.Add(post);
    }

    private Transcript ToTranscript(List<TranscriptPost> ordered)
    {
        var sections = new List<QuestionSection>();
        foreach (var (number, parts) in _sections)
        {
            if (parts.QuestionPost is { } questionPost)
            {
                _placed.Add(questionPost.Id);
            }

            var question = parts.Question ?? new TranscriptQuestion(number, string.Empty, parts.QuestionPost?.CreatedAt);
            sections.Add(new QuestionSection(question, parts.QuestionPost, Nodes(parts.GuestAnswers), Nodes(parts.Answers)));
        }

        var conversation = Nodes(_conversationRoots);
        // Posts in a reply cycle (possible in imported data) are reachable from no root; show them rather than lose them.
        var stranded = ordered.Where(p => !_placed.Contains(p.Id)).ToList();
        if (stranded.Count > 0)
        {
            conversation = [.. conversation.Concat(Nodes(stranded)).OrderBy(n => n.Post.Sequence)];
        }

        return new Transcript(sections, conversation);
    }

    private List<TranscriptNode> Nodes(List<TranscriptPost> posts)
    {
        var nodes = new List<TranscriptNode>(posts.Count);
        foreach (var post in posts)
        {
            if (_placed.Add(post.Id))
            {
                nodes.Add(new TranscriptNode(post, Nodes(_children.GetValueOrDefault(post.Id) ?? [])));
            }
        }

        return nodes;
    }

    private SectionParts Section(int number)
    {
        if (!_sections.TryGetValue(number, out var parts))
        {
            _sections[number] = parts = new SectionParts();
        }

        return parts;
    }

    private sealed class SectionParts
    {
        public TranscriptQuestion? Question { get; set; }

        public TranscriptPost? QuestionPost { get; set; }

        public List<TranscriptPost> GuestAnswers { get; } = [];

        public List<TranscriptPost> Answers { get; } = [];
    }
}
