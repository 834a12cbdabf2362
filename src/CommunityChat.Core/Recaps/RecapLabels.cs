namespace CommunityChat.Core.Recaps;

/// <summary>The few words a recap writes itself, in the moderator's language ("Guest", "Topic", "Format", …).</summary>
public sealed record RecapLabels(string Guest, string Guests, string Topic, string Format, string MoreHighlights);
