namespace CommunityChat.Core.Recaps;

/// <summary>The few words a recap writes itself, in the moderator's language, with their colon ("Guest:", "Invité :", "嘉宾：").</summary>
public sealed record RecapLabels(string Guest, string Guests, string Topic, string Format, string MoreHighlights);
