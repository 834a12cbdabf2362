namespace CommunityChat.Web.Features.Live;

/// <summary>The body of <c>PUT /api/posts/{id}</c>: the post's new text, without its label (the label stays).</summary>
public sealed record EditRequest(string? Text);
