namespace CommunityChat.Web.Features.Participants;

/// <summary>A chat as the people page links it, and when it started (or was scheduled to).</summary>
public sealed record ChatLink(string Title, string Url, DateTime When);
