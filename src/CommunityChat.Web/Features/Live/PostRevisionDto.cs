namespace CommunityChat.Web.Features.Live;

/// <summary>A post's earlier text: what it said until <see cref="ReplacedAt"/>, and who replaced it.</summary>
public sealed record PostRevisionDto(string Text, DateTime ReplacedAt, string EditedBy);
