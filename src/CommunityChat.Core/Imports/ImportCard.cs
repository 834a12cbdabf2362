namespace CommunityChat.Core.Imports;

/// <summary>The card lines of a pasted record (SPEC rule 1), each null when absent; Markdown emphasis is removed.</summary>
public sealed record ImportCard(string? Guest, string? Topic, string? Format)
{
    public static ImportCard None { get; } = new(null, null, null);
}
