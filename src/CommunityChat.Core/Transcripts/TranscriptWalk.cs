namespace CommunityChat.Core.Transcripts;

/// <summary>Depth-first walk of reply trees, iterative so that a long reply chain cannot overflow the stack.</summary>
internal static class TranscriptWalk
{
    public static IEnumerable<(TranscriptNode Node, int Depth)> DepthFirst(IEnumerable<TranscriptNode> roots)
    {
        var stack = new Stack<(TranscriptNode Node, int Depth)>();
        foreach (var root in roots.Reverse())
        {
            stack.Push((root, 0));
        }

        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            yield return (node, depth);
            for (var i = node.Replies.Count - 1; i >= 0; i--)
            {
                stack.Push((node.Replies[i], depth + 1));
            }
        }
    }
}
